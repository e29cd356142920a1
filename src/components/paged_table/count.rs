//! How many rows a listing holds in all. Crossbar's listings carry no total (only
//! `next_start_key`), so the only honest "showing N of M" is to count: walk the same
//! listing with large pages, in the background, as its own inspector action. The table
//! says "counting…" meanwhile and falls back to "more available" if the count fails.

/// What the table knows about its total.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Total {
    /// No count asked for yet, or it failed: only "more available" can be said.
    Unknown,
    Counting,
    Known(usize),
}

/// The count line's message key and its `shown`/`total` numbers.
pub fn count_message(shown: usize, more: bool, searching: bool, total: Total) -> (&'static str, usize, usize) {
    if !more {
        let key = if searching { "list-search-count-all" } else { "list-count-all" };
        return (key, shown, shown);
    }
    match (total, searching) {
        // Rows created since the count make `shown` overtake it; never say "60 of 55".
        (Total::Known(m), false) => ("list-count-of", shown, m.max(shown)),
        (Total::Known(m), true) => ("list-search-count-of", shown, m.max(shown)),
        (Total::Counting, false) => ("list-count-counting", shown, 0),
        (Total::Counting, true) => ("list-search-count-counting", shown, 0),
        (Total::Unknown, false) => ("list-count-more", shown, 0),
        (Total::Unknown, true) => ("list-search-count-more", shown, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_says_n_of_m_once_counted_and_never_claims_a_total_it_does_not_have() {
        assert_eq!(count_message(8, false, false, Total::Unknown), ("list-count-all", 8, 8));
        assert_eq!(count_message(50, true, false, Total::Counting), ("list-count-counting", 50, 0));
        assert_eq!(count_message(50, true, false, Total::Known(138)), ("list-count-of", 50, 138));
        assert_eq!(count_message(60, true, false, Total::Known(55)), ("list-count-of", 60, 60));
        assert_eq!(count_message(50, true, true, Total::Unknown), ("list-search-count-more", 50, 0));
        assert_eq!(count_message(50, true, true, Total::Known(70)), ("list-search-count-of", 50, 70));
    }
}
