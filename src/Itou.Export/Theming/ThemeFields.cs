namespace Itou.Export.Theming;

/// <summary>The fields of each group of a theme file and where <see cref="ThemeReader"/> puts their values.</summary>
internal static class ThemeFields
{
    public static readonly (string Name, Func<ThemeColors, string, ThemeColors> Set)[] Colors =
    [
        ("primary", (c, v) => c with { Primary = v }),
        ("text", (c, v) => c with { Text = v }),
        ("muted", (c, v) => c with { Muted = v }),
        ("info", (c, v) => c with { Info = v }),
        ("success", (c, v) => c with { Success = v }),
        ("warning", (c, v) => c with { Warning = v }),
        ("danger", (c, v) => c with { Danger = v }),
        ("shade", (c, v) => c with { Shade = v }),
    ];

    public static readonly (string Name, Func<ThemeFonts, string, ThemeFonts> Set)[] Fonts =
    [
        ("regular", (f, v) => f with { Regular = v }),
        ("bold", (f, v) => f with { Bold = v }),
        ("italic", (f, v) => f with { Italic = v }),
        ("boldItalic", (f, v) => f with { BoldItalic = v }),
        ("mono", (f, v) => f with { Mono = v }),
    ];

    public static readonly (string Name, Func<ThemeMargins, double?, ThemeMargins> Set)[] Margins =
    [
        ("top", (m, v) => m with { Top = v ?? m.Top }),
        ("right", (m, v) => m with { Right = v ?? m.Right }),
        ("bottom", (m, v) => m with { Bottom = v ?? m.Bottom }),
        ("left", (m, v) => m with { Left = v ?? m.Left }),
    ];

    public static readonly (string Name, Func<ThemeCodeColors, string, ThemeCodeColors> Set)[] Code =
    [
        ("comment", (c, v) => c with { Comment = v }),
        ("keyword", (c, v) => c with { Keyword = v }),
        ("string", (c, v) => c with { StringLiteral = v }),
        ("constant", (c, v) => c with { Constant = v }),
        ("type", (c, v) => c with { Type = v }),
        ("function", (c, v) => c with { Function = v }),
        ("tag", (c, v) => c with { Tag = v }),
        ("attribute", (c, v) => c with { Attribute = v }),
        ("inserted", (c, v) => c with { Inserted = v }),
        ("deleted", (c, v) => c with { Deleted = v }),
    ];
}
