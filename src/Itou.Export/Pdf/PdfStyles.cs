using System.Globalization;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Theming;
using SkiaSharp;

namespace Itou.Export.Pdf;

/// <summary>
/// The look of a PDF, read from a <see cref="Theme"/>: text styles per role, colours and the spacing
/// between blocks. Sizes are in points; one place so that every renderer draws alike.
/// </summary>
internal sealed class PdfStyles
{
    public const float BodySize = 10f;
    /// <summary>Space between two blocks of a column (paragraphs, lists, callouts).</summary>
    public const float BlockGap = 7f;

    /// <summary>Callouts and code blocks up to this share of a page are never split across pages.</summary>
    public const float UnsplitShare = 1f / 3;

    /// <summary>Indent of a nested list, a quote or a step body.</summary>
    public const float Indent = 16f;
    /// <summary>Inner space of callouts, cards and code blocks.</summary>
    public const float BoxPadding = 8f;
    /// <summary>Corner radius of callouts, cards and code blocks.</summary>
    public const float Radius = 3f;

    private readonly TextStyle[] codeStyles;

    /// <summary>The styles of <paramref name="theme"/> for a document in <paramref name="language"/> (BCP 47).</summary>
    public PdfStyles(Theme theme, string language)
    {
        ArgumentNullException.ThrowIfNull(theme);
        Theme = theme;
        Primary = Color(theme.Colors.Primary, new SKColor(0x00, 0x00, 0x91));
        Text = Color(theme.Colors.Text, new SKColor(0x16, 0x16, 0x16));
        Muted = Color(theme.Colors.Muted, new SKColor(0x66, 0x66, 0x66));
        Shade = Color(theme.Colors.Shade, new SKColor(0xF6, 0xF6, 0xF6));
        Info = Color(theme.Colors.Info, new SKColor(0x00, 0x63, 0xCB));
        Success = Color(theme.Colors.Success, new SKColor(0x18, 0x75, 0x3C));
        Warning = Color(theme.Colors.Warning, new SKColor(0xB3, 0x40, 0x00));
        Danger = Color(theme.Colors.Danger, new SKColor(0xCE, 0x05, 0x00));
        Rule = new SKColor(0xDD, 0xDD, 0xDD);
        Highlight = SKColor.Parse(Rendering.GitBookPalette.Highlight);
        Palette = new Rendering.GitBookPalette(theme.Colors);
        Body = new TextStyle { Size = BodySize, Color = Text, LineHeight = 1.4f };
        Code = Body.Monospace() with { Size = 8.5f, LineHeight = 1.35f };
        var code = new Highlighting.CodePalette(theme.Code);
        codeStyles = [.. Highlighting.CodePalette.Kinds.Select(kind => code.Of(kind) is var look
            ? Code with { Color = Color(look.Color, Code.Color), Bold = look.Bold, Italic = look.Italic } : Code)];
        Caption = Body with { Size = 8.5f, Italic = true, Color = Muted };
        Small = Body with { Size = 8.5f, Color = Muted };
        Link = Primary;
        FrenchTypography = Publishing.FrenchTypography.AppliesTo(language);
    }

    public Theme Theme { get; }
    public SKColor Primary { get; }
    public SKColor Text { get; }
    public SKColor Muted { get; }
    public SKColor Shade { get; }
    public SKColor Info { get; }
    public SKColor Success { get; }
    public SKColor Warning { get; }
    public SKColor Danger { get; }
    public SKColor Rule { get; }
    /// <summary>Background of marked (highlighted) text.</summary>
    public SKColor Highlight { get; }

    /// <summary>The colours of GitBook's marks, as the Word writer has them.</summary>
    public Rendering.GitBookPalette Palette { get; }
    public SKColor Link { get; }
    public TextStyle Body { get; }
    public TextStyle Code { get; }
    /// <summary>Code of one kind: the code style in the theme's colour for it, comments italic, keywords bold.</summary>
    public TextStyle CodeStyle(Highlighting.CodeKind kind) => codeStyles[(int)kind];
    public TextStyle Caption { get; }
    public TextStyle Small { get; }
    /// <summary>Whether text gets French no-break spaces (the theme's language is French).</summary>
    public bool FrenchTypography { get; }

    /// <summary>A heading of level 1–6 (a page title is level 1).</summary>
    public TextStyle Heading(int level) => level switch
    {
        <= 1 => Body with { Size = 20, Bold = true, Color = Primary, LineHeight = 1.2f },
        2 => Body with { Size = 15, Bold = true, Color = Primary, LineHeight = 1.25f },
        3 => Body with { Size = 12.5f, Bold = true, Color = Text, LineHeight = 1.3f },
        4 => Body with { Size = 11f, Bold = true, Color = Text },
        _ => Body with { Size = BodySize, Bold = true, Color = Muted },
    };

    /// <summary>Space above a heading of <paramref name="level"/>, on top of the column gap.</summary>
    public static float SpaceAboveHeading(int level) => level switch { <= 1 => 0, 2 => 10, 3 => 6, _ => 3 };

    /// <summary>A shaded, rounded box (code, cards).</summary>
    public BoxStyle ShadedBox => new() { Background = Shade, CornerRadius = Radius };

    /// <summary>
    /// A colour written in a theme or chosen by the <see cref="Rendering.GitBookPalette"/>: <c>#RGB</c> or
    /// <c>#RRGGBB</c>; null when it is neither.
    /// </summary>
    public static SKColor? ParseColor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim().ToLowerInvariant();
        if (text.StartsWith('#') && text.Length is 4 or 7 && int.TryParse(text[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
        {
            var hex = text.Length == 4 ? string.Concat(text[1..].Select(c => new string(c, 2))) : text[1..];
            return SKColor.Parse(hex);
        }
        return null;
    }

    /// <summary><paramref name="color"/> mixed with white: <paramref name="amount"/> 0 is white, 1 the colour itself.</summary>
    public static SKColor Tint(SKColor color, float amount)
    {
        byte Mix(byte channel) => (byte)Math.Round(255 - ((255 - channel) * amount));
        return new SKColor(Mix(color.Red), Mix(color.Green), Mix(color.Blue));
    }

    private static SKColor Color(string? value, SKColor fallback) => ParseColor(value) ?? fallback;
}
