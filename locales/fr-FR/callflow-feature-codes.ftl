## Callflows › Codes de service (modifiables)
cfc-title = Codes de service
cfc-tile = Les codes étoile composés sur les téléphones : renvoi d'appel, parcage, messagerie vocale…
cfc-intro = Les codes étoile que les téléphones peuvent composer. Activez ou désactivez un code, ou modifiez ses chiffres, puis enregistrez. Smart PBX utilise les mêmes codes.
cfc-col-on = Activé
cfc-digits-for = Chiffres de { $code }
cfc-on-for = { $code } activé
cfc-parking = Délais…
cfc-parking-for = Délais de parcage de { $code }
cfc-parking-title = Délais de parcage : { $code }
cfc-callback = Rappeler la personne qui a parqué l'appel après (secondes)
cfc-ringback = Continuer à la faire sonner pendant (secondes)
cfc-empty-default = Laissez vide pour utiliser la valeur par défaut du système.
cfc-parking-seconds = Les délais doivent être un nombre entier de secondes.
cfc-nothing-changed = Rien n'a été modifié.
cfc-bad-digits = Chiffres uniquement (et * pour les codes suivis d'autres chiffres) : { $codes }.
cfc-not-saved = Non enregistrés : { $codes }. Le reste a été enregistré ; la liste montre ce qui est enregistré actuellement.
action-save-feature-codes = Enregistrer { $count ->
    [one] { $count } code de service
   *[other] { $count } codes de service
}
action-open-parking = Ouvrir les délais de parcage
action-save-parking = Enregistrer les délais de parcage
