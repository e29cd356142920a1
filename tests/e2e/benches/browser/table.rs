//! The table the benchmark prints: each figure beside its target.

/// One line of the table; `pass` is `None` for figures without a target.
pub(crate) struct Row {
    pub(crate) figure: String,
    pub(crate) measured: String,
    pub(crate) target: String,
    pub(crate) pass: Option<bool>,
}

#[derive(Default)]
pub(crate) struct Table {
    pub(crate) rows: Vec<Row>,
    pub(crate) notes: Vec<String>,
}

impl Table {
    pub(crate) fn row(
        &mut self,
        figure: impl Into<String>,
        measured: impl Into<String>,
        target: impl Into<String>,
        pass: bool,
    ) {
        self.rows.push(Row {
            figure: figure.into(),
            measured: measured.into(),
            target: target.into(),
            pass: Some(pass),
        });
    }

    pub(crate) fn info(&mut self, figure: impl Into<String>, measured: impl Into<String>) {
        self.rows.push(Row { figure: figure.into(), measured: measured.into(), target: "—".into(), pass: None });
    }

    /// A measurement that could not be taken counts as missed.
    pub(crate) fn failed(&mut self, figure: &str, err: &anyhow::Error) {
        self.row(figure, format!("not measured: {err:#}"), "", false);
    }

    pub(crate) fn print(&self) {
        let w = self.rows.iter().map(|r| r.figure.chars().count()).max().unwrap_or(0);
        let m = self.rows.iter().map(|r| r.measured.chars().count()).max().unwrap_or(0).min(60);
        println!();
        println!("{:<w$}  {:>m$}  {:<12}  result", "browser benchmark", "measured", "target");
        for r in &self.rows {
            let verdict = match r.pass {
                Some(true) => "pass",
                Some(false) => "FAIL",
                None => "",
            };
            println!("{:<w$}  {:>m$}  {:<12}  {verdict}", r.figure, r.measured, r.target);
        }
        for note in &self.notes {
            println!("  {note}");
        }
    }

    pub(crate) fn missed(&self) -> usize {
        self.rows.iter().filter(|r| r.pass == Some(false)).count()
    }
}
