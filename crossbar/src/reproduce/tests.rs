use super::*;

const A: &str = "0123456789abcdef0123456789abcdef";
const U: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const V: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const ROOT: &str = "http://127.0.0.1:8080/v2";

fn ex(method: &str, path: &str, body: Option<Value>, status: u16, answer: Value) -> Exchange {
    Exchange {
        method: method.into(),
        url: format!("{ROOT}/{path}"),
        request_body: body.map(|b| b.to_string()),
        status: Some(status),
        response_body: Some(serde_json::json!({"data": answer, "status": "success"}).to_string()),
        ..Exchange::default()
    }
}

fn create_user() -> Action {
    use serde_json::json;
    Action {
        id: 1,
        label: "Create user Ada 'O'Lovelace".into(),
        started_at_ms: 0.0,
        exchanges: vec![
            ex(
                "GET",
                &format!("accounts/{A}/callflows?filter_type=mainUserCallflow"),
                None,
                200,
                json!([{"id": V, "name": "MainCallflow"}]),
            ),
            ex(
                "PUT",
                &format!("accounts/{A}/users"),
                Some(json!({"data": {"first_name": "Ada", "password": "{CREDENTIALS}"}})),
                201,
                json!({"id": U}),
            ),
            ex(
                "PUT",
                &format!("accounts/{A}/callflows"),
                Some(
                    json!({"data": {"owner_id": U, "flow": {"data": {"id": U}, "module": "user"}, "note": format!("for {U}"), "next": V}}),
                ),
                201,
                json!({"id": "cccccccccccccccccccccccccccccccc"}),
            ),
            Exchange {
                url: format!("{ROOT}/user_auth"),
                method: "PUT".into(),
                status: Some(201),
                ..Exchange::default()
            },
            Exchange {
                status: Some(412),
                request_headers: vec![("If-Match".into(), "\"0\"".into())],
                ..ex("GET", &format!("accounts/{A}/users/{U}"), None, 412, json!({}))
            },
        ],
    }
}

#[test]
fn bash_wires_made_and_listed_ids_into_later_calls() {
    let script = bash_script(&create_user(), ROOT, A);
    assert!(script.contains("call PUT \"accounts/${ACCOUNT_ID}/users\""), "{script}");
    assert!(script.contains("ID_2_2=$(jq -r '.data.id' <<<\"$ANSWER\")"), "the new user's id is kept: {script}");
    assert!(script.contains("ID_1_1=$(jq -r --arg name 'MainCallflow'"), "a listed id is found by name: {script}");
    assert!(script.contains("\"owner_id\": $ID_2_2"), "{script}");
    assert!(script.contains("(\"for \" + $ID_2_2)"), "an id inside a text: {script}");
    assert!(script.contains("--arg ID_2_2 \"$ID_2_2\""), "{script}");
    assert!(script.contains("$ENV.KAZOO_NEW_SECRET"), "no recorded secret is sent: {script}");
    assert!(!script.contains(U) && !script.contains(V), "no recorded id is left: {script}");
    assert!(script.contains("# Left out: PUT /v2/user_auth"), "{script}");
    assert!(script.contains("a revision check"), "{script}");
    assert!(!script.contains("call PUT \"accounts/${ACCOUNT_ID}/callflows\" \"$(jq -n --arg ACCOUNT_ID"), "{script}");
    assert!(script.contains("# Reproduces \"Create user Ada 'O'Lovelace\""));
}

/// The shell reads the whole script (`bash -n`), whatever the recorded bodies held.
#[test]
fn bash_parses_the_script() {
    let mut action = create_user();
    action.exchanges[1].request_body =
        Some(serde_json::json!({"data": {"first_name": "O'Brien \"$(rm -rf /)\" `x` ${HOME} \\ ')'"}}).to_string());
    let script = bash_script(&action, ROOT, A);
    let dir = std::env::temp_dir().join(format!("patchbay-bash-{}", std::process::id()));
    std::fs::write(&dir, &script).unwrap();
    let checked = std::process::Command::new("bash").arg("-n").arg(&dir).output().expect("bash runs");
    let _ = std::fs::remove_file(&dir);
    assert!(checked.status.success(), "{}\n{script}", String::from_utf8_lossy(&checked.stderr));
}

#[test]
fn python_does_the_same_with_its_standard_library() {
    let script = python_script(&create_user(), ROOT, A);
    assert!(script.contains("import urllib.request"), "{script}");
    assert!(script.contains("answer = call(\"PUT\", \"accounts/\" + ACCOUNT_ID + \"/users\","), "{script}");
    assert!(script.contains("ID_2_2 = answer[\"data\"][\"id\"]"), "{script}");
    assert!(script.contains("\"owner_id\": ID_2_2,"), "{script}");
    assert!(script.contains("\"password\": NEW_SECRET,"), "{script}");
    assert!(
        script.contains("next(r[\"id\"] for r in answer[\"data\"] if r.get(\"name\") == \"MainCallflow\")"),
        "{script}"
    );
    assert!(!script.contains(U), "{script}");
    // Python reads it whole.
    let file = std::env::temp_dir().join(format!("patchbay-py-{}", std::process::id()));
    std::fs::write(&file, &script).unwrap();
    let parsed = std::process::Command::new("python3")
        .args(["-c", "import ast, sys; ast.parse(open(sys.argv[1]).read())"])
        .arg(&file)
        .output()
        .expect("python3 runs");
    let _ = std::fs::remove_file(&file);
    assert!(parsed.status.success(), "{}\n{script}", String::from_utf8_lossy(&parsed.stderr));
}
