//! Terminal colours to RGB: the 16 named colours come from a palette, the
//! 256-colour indices follow xterm's cube and grey ramp, RGB passes through.

use ratatui::style::Color;

/// An RGB colour, written as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// xterm's default 16 colours, in ANSI order: black, red, green, yellow,
/// blue, magenta, cyan, white, then the bright versions of each.
pub const XTERM: [Rgb; 16] = [
    Rgb(0x00, 0x00, 0x00),
    Rgb(0xcd, 0x00, 0x00),
    Rgb(0x00, 0xcd, 0x00),
    Rgb(0xcd, 0xcd, 0x00),
    Rgb(0x00, 0x00, 0xee),
    Rgb(0xcd, 0x00, 0xcd),
    Rgb(0x00, 0xcd, 0xcd),
    Rgb(0xe5, 0xe5, 0xe5),
    Rgb(0x7f, 0x7f, 0x7f),
    Rgb(0xff, 0x00, 0x00),
    Rgb(0x00, 0xff, 0x00),
    Rgb(0xff, 0xff, 0x00),
    Rgb(0x5c, 0x5c, 0xff),
    Rgb(0xff, 0x00, 0xff),
    Rgb(0x00, 0xff, 0xff),
    Rgb(0xff, 0xff, 0xff),
];

/// Maps a ratatui colour to RGB. `Color::Reset` becomes `default` (the
/// theme's default foreground or background).
pub fn resolve(color: Color, default: Rgb, palette: &[Rgb; 16]) -> Rgb {
    let named = |i: usize| palette[i];
    match color {
        Color::Reset => default,
        Color::Black => named(0),
        Color::Red => named(1),
        Color::Green => named(2),
        Color::Yellow => named(3),
        Color::Blue => named(4),
        Color::Magenta => named(5),
        Color::Cyan => named(6),
        // ratatui's `Gray` is ANSI 7 and `DarkGray` ANSI 8.
        Color::Gray => named(7),
        Color::DarkGray => named(8),
        Color::LightRed => named(9),
        Color::LightGreen => named(10),
        Color::LightYellow => named(11),
        Color::LightBlue => named(12),
        Color::LightMagenta => named(13),
        Color::LightCyan => named(14),
        Color::White => named(15),
        Color::Rgb(r, g, b) => Rgb(r, g, b),
        Color::Indexed(i) => indexed(i, palette),
    }
}

/// The 256-colour table: 0-15 the palette, 16-231 a 6x6x6 cube, 232-255 a
/// grey ramp.
fn indexed(i: u8, palette: &[Rgb; 16]) -> Rgb {
    match i {
        0..=15 => palette[usize::from(i)],
        16..=231 => {
            let n = i - 16;
            Rgb(
                cube_level(n / 36),
                cube_level((n / 6) % 6),
                cube_level(n % 6),
            )
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            Rgb(v, v, v)
        }
    }
}

/// A cube coordinate 0-5 to its channel value: 0, 95, 135, 175, 215, 255.
fn cube_level(n: u8) -> u8 {
    if n == 0 { 0 } else { 55 + 40 * n }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_indexed_and_rgb_colours() {
        let bg = Rgb(1, 2, 3);
        assert_eq!(resolve(Color::Reset, bg, &XTERM), bg);
        assert_eq!(resolve(Color::Red, bg, &XTERM).hex(), "#cd0000");
        assert_eq!(resolve(Color::Gray, bg, &XTERM).hex(), "#e5e5e5");
        assert_eq!(resolve(Color::DarkGray, bg, &XTERM).hex(), "#7f7f7f");
        assert_eq!(resolve(Color::White, bg, &XTERM).hex(), "#ffffff");
        assert_eq!(
            resolve(Color::Rgb(18, 52, 171), bg, &XTERM).hex(),
            "#1234ab"
        );
        // Indices below 16 are the palette.
        assert_eq!(resolve(Color::Indexed(12), bg, &XTERM).hex(), "#5c5cff");
        // Cube corners and a middle: 16 black, 231 white,
        // 67 = 16 + 36*1 + 6*2 + 3 -> (95, 135, 175).
        assert_eq!(resolve(Color::Indexed(16), bg, &XTERM).hex(), "#000000");
        assert_eq!(resolve(Color::Indexed(231), bg, &XTERM).hex(), "#ffffff");
        assert_eq!(resolve(Color::Indexed(67), bg, &XTERM).hex(), "#5f87af");
        // Grey ramp: 232 -> 8, 255 -> 238.
        assert_eq!(resolve(Color::Indexed(232), bg, &XTERM).hex(), "#080808");
        assert_eq!(resolve(Color::Indexed(255), bg, &XTERM).hex(), "#eeeeee");
    }
}
