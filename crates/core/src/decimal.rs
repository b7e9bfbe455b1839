//! Numbers as short decimal text ("12.5", "-3", "0.25") by integer arithmetic: the Wasm then
//! carries none of the standard library's float formatting (about 11 KB).

/// `value` rounded to `places` decimals (at most 6), without trailing zeros; non-finite values
/// as "0".
pub fn decimal(value: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10_i64.pow(places);
    if !value.is_finite() {
        return "0".to_owned();
    }
    let scaled = (value * scale as f64).round() as i64;
    let (sign, magnitude) = if scaled < 0 { ("-", scaled.unsigned_abs()) } else { ("", scaled as u64) };
    let (whole, mut fraction) = (magnitude / scale as u64, magnitude % scale as u64);
    let mut digits = places as usize;
    while digits > 0 && fraction % 10 == 0 {
        fraction /= 10;
        digits -= 1;
    }
    match (digits, whole, fraction) {
        (0, 0, _) => "0".to_owned(),
        (0, _, _) => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{fraction:0digits$}"),
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn rounds_and_trims() {
        assert_eq!(decimal(12.5, 2), "12.5");
        assert_eq!(decimal(12.0, 2), "12");
        assert_eq!(decimal(0.004, 2), "0");
        assert_eq!(decimal(-0.004, 2), "0");
        assert_eq!(decimal(0.25, 2), "0.25");
        assert_eq!(decimal(0.05, 2), "0.05");
        assert_eq!(decimal(-3.456, 2), "-3.46");
        assert_eq!(decimal(1.96, 1), "2");
        assert_eq!(decimal(f64::NAN, 2), "0");
        assert_eq!(decimal(1e3, 0), "1000");
    }

    #[test]
    fn agrees_with_the_standard_formatting() {
        for i in -2000..2000 {
            let v = i as f64 * 0.137;
            let expected: f64 = format!("{v:.2}").parse().unwrap();
            let ours: f64 = decimal(v, 2).parse().unwrap();
            assert!((expected - ours).abs() < 0.0101, "{v}: {ours} vs {expected}");
        }
    }
}
