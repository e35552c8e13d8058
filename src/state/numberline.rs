//! A disputed quantity's values placed on one number line, in whole units of the drawing's width:
//! what the card's SVG draws, decided without a DOM.
// Whole numbers only: printing an f64 into an SVG attribute would pull float formatting (about
// 10 KB) into the wasm.
use factlens_engine::model::Qualifier;

/// The drawing's width in SVG units; the axis runs from `MARGIN` to `WIDTH - MARGIN`.
pub const WIDTH: i32 = 300;
const MARGIN: i32 = 12;

/// One value: the number it states (`at`), the range its qualifier allows (`from`..`to`), which
/// ends run on past the drawing ("at least" has no upper end), and whether it can be true
/// together with the most reported value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub at: i32,
    pub from: i32,
    pub to: i32,
    pub open_from: bool,
    pub open_to: bool,
    pub fits: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// In the order of the values given.
    pub spans: Vec<Span>,
    /// The smallest and largest number stated, and where they sit: the axis labels.
    pub low: (f64, i32),
    pub high: (f64, i32),
}

/// Places `values` (the most reported first) on one line wide enough for every stated number and
/// every bounded end of a range, with a margin either side.
pub fn place(values: &[(f64, Qualifier)]) -> Line {
    let ranges: Vec<(f64, f64)> = values.iter().map(|&(v, q)| q.range(v)).collect();
    let finite = values.iter().map(|v| v.0).chain(ranges.iter().flat_map(|r| [r.0, r.1])).filter(|x| x.is_finite());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| (a.min(x), b.max(x)));
    let (lo, hi) = if lo.is_finite() { (lo, hi) } else { (0.0, 1.0) };
    // a fifth of the spread either side, so open ranges visibly run on; values (nearly) equal get
    // a tenth of their size as spread
    let spread = (hi - lo).max(hi.abs().max(lo.abs()).max(1.0) / 10.0);
    let (start, end) = (lo - spread / 5.0, hi + spread / 5.0);
    let x = |v: f64| {
        let t = ((v - start) / (end - start)).clamp(0.0, 1.0);
        MARGIN + (t * f64::from(WIDTH - 2 * MARGIN)).round() as i32
    };
    let overlaps = |a: (f64, f64), b: (f64, f64)| a.0 <= b.1 && b.0 <= a.1;
    let spans = values
        .iter()
        .zip(&ranges)
        .map(|(&(v, _), &r)| Span {
            at: x(v),
            from: if r.0.is_finite() { x(r.0) } else { 0 },
            to: if r.1.is_finite() { x(r.1) } else { WIDTH },
            open_from: !r.0.is_finite(),
            open_to: !r.1.is_finite(),
            fits: overlaps(r, ranges[0]),
        })
        .collect();
    let stated = values.iter().map(|v| v.0);
    let low = stated.clone().fold(f64::INFINITY, f64::min);
    let high = stated.fold(f64::NEG_INFINITY, f64::max);
    Line { spans, low: (low, x(low)), high: (high, x(high)) }
}

/// The line as SVG path data, two shapes for each kind of value (those that fit with the most
/// reported one, those that do not): the ranges, stroked, and the marks (a dot at the stated number,
/// an arrow head at an open end), filled. One row of `ROW` units a value, in order.
// Four paths instead of elements per value: each element the card draws costs wasm code.
pub fn paths(line: &Line) -> [String; 4] {
    let mut out: [String; 4] = Default::default();
    for (row, s) in line.spans.iter().enumerate() {
        let y = row as i32 * ROW + ROW / 2;
        let (ranges, marks) = if s.fits { (0, 1) } else { (2, 3) };
        // an open end stops short of its arrow head
        let (from, to) = (s.from + 6 * i32::from(s.open_from), s.to - 6 * i32::from(s.open_to));
        if to > from {
            put(&mut out[ranges], &[from, y], "H");
            put(&mut out[ranges], &[to], "");
        }
        put(&mut out[marks], &[s.at, y], "m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0");
        if s.open_from {
            put(&mut out[marks], &[0, y], "l7-5v10z");
        }
        if s.open_to {
            put(&mut out[marks], &[WIDTH, y], "l-7-5v10z");
        }
    }
    out
}

/// "M<x> <y>" (or the one number after "H"), then `rest`; coordinates are never negative.
// By hand rather than `format!`: see `format::integer`.
fn put(out: &mut String, numbers: &[i32], rest: &str) {
    if numbers.len() == 2 {
        out.push('M');
    }
    for (i, &n) in numbers.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        crate::format::integer(out, n.max(0) as u64);
    }
    out.push_str(rest);
}

/// The height of one value's row, in SVG units.
pub const ROW: i32 = 16;

#[cfg(test)]
mod tests {
    use super::*;
    use Qualifier::*;

    #[test]
    fn an_exact_value_inside_at_least_fits_and_up_to_below_it_does_not() {
        let line = place(&[(1227.0, Exact), (1200.0, AtLeast), (1000.0, UpTo)]);
        let [exact, at_least, up_to] = &line.spans[..] else { panic!() };
        assert_eq!((exact.from, exact.to), (exact.at, exact.at), "an exact value is a point");
        assert!(at_least.open_to && !at_least.open_from && at_least.to == WIDTH && at_least.from == at_least.at);
        assert!(at_least.from < exact.at, "1,227 lies inside at least 1,200");
        assert!(up_to.open_from && up_to.from == 0 && up_to.to == up_to.at && up_to.to < at_least.from);
        assert!(exact.fits && at_least.fits && !up_to.fits);
        assert_eq!((line.low, line.high), ((1000.0, up_to.at), (1227.0, exact.at)));
        assert!(MARGIN < up_to.at && exact.at < WIDTH - MARGIN, "stated numbers stay clear of the edges");
    }

    #[test]
    fn about_is_a_range_either_side_and_order_follows_the_numbers() {
        let line = place(&[(100.0, About), (104.0, Exact), (80.0, Exact)]);
        let [about, near, far] = &line.spans[..] else { panic!() };
        assert!(about.from < about.at && about.at < about.to && !about.open_from && !about.open_to);
        assert!(about.from <= near.at && near.at <= about.to && near.fits);
        assert!(far.at < about.from && !far.fits);
    }

    #[test]
    fn paths_draw_each_value_in_its_row_and_misfits_apart() {
        let line = place(&[(1227.0, Exact), (1200.0, AtLeast), (1000.0, UpTo)]);
        let [fit_ranges, fit_marks, off_ranges, off_marks] = paths(&line);
        let (exact, at_least, up_to) = (&line.spans[0], &line.spans[1], &line.spans[2]);
        assert_eq!(fit_ranges, format!("M{} 24H{}", at_least.from, WIDTH - 6), "an exact value has no range; at least runs to its arrow");
        assert!(fit_marks.starts_with(&format!("M{} 8m-4 0", exact.at)) && fit_marks.contains(&format!("M{WIDTH} 24l-7-5v10z")));
        assert_eq!(off_ranges, format!("M6 40H{}", up_to.to));
        assert!(off_marks.contains("M0 40l7-5v10z"));
    }

    #[test]
    fn one_value_or_equal_values_still_draw_inside_the_width() {
        for values in [vec![(0.0, Exact)], vec![(5.0, Exact), (5.0, MoreThan)], vec![(-3.0, FewerThan)]] {
            for s in place(&values).spans {
                assert!((0..=WIDTH).contains(&s.from) && s.from <= s.at && s.at <= s.to && s.to <= WIDTH, "{values:?}: {s:?}");
            }
        }
    }
}
