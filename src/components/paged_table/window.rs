//! Which rows of a long table are worth putting in the DOM: those in the scrolled
//! viewport plus some overscan, so thousands of loaded rows cost a few dozen nodes.

/// Rows rendered above and below the viewport, so keyboard focus moving to the next
/// row (and fast scrolling) finds it already rendered.
pub const OVERSCAN: usize = 20;

/// Row height assumed until one is measured.
pub const DEFAULT_ROW_PX: f64 = 40.0;

/// The half-open range `[start, end)` of rows to render.
pub fn visible_rows(total: usize, scroll_top: f64, viewport_px: f64, row_px: f64) -> (usize, usize) {
    if total == 0 {
        return (0, 0);
    }
    let row_px = if row_px.is_finite() && row_px >= 1.0 { row_px } else { DEFAULT_ROW_PX };
    let first = (scroll_top.max(0.0) / row_px).floor() as usize;
    let shown = (viewport_px.max(0.0) / row_px).ceil() as usize + 1;
    let start = first.saturating_sub(OVERSCAN).min(total);
    let end = first.saturating_add(shown).saturating_add(OVERSCAN).min(total);
    (start.min(end), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_of_a_long_list_renders_the_viewport_and_overscan_only() {
        assert_eq!(visible_rows(20_000, 0.0, 400.0, 40.0), (0, 11 + OVERSCAN));
    }

    #[test]
    fn scrolling_moves_the_window_and_keeps_overscan_above() {
        let (start, end) = visible_rows(20_000, 40.0 * 1000.0, 400.0, 40.0);
        assert_eq!(start, 1000 - OVERSCAN);
        assert_eq!(end, 1000 + 11 + OVERSCAN);
    }

    #[test]
    fn short_lists_and_the_end_are_clamped() {
        assert_eq!(visible_rows(8, 0.0, 400.0, 40.0), (0, 8));
        assert_eq!(visible_rows(100, 1e9, 400.0, 40.0), (100, 100));
        assert_eq!(visible_rows(0, 0.0, 400.0, 40.0), (0, 0));
        // An unmeasured (zero) row height falls back instead of dividing by zero.
        assert_eq!(visible_rows(100, 0.0, 400.0, 0.0), (0, 11 + OVERSCAN));
    }
}
