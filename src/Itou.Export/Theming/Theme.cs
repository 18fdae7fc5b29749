namespace Itou.Export.Theming;

/// <summary>Page sizes a theme can ask for.</summary>
public enum PageSize
{
    /// <summary>210 × 297 mm.</summary>
    A4,
    /// <summary>8.5 × 11 in.</summary>
    Letter,
}

/// <summary>Where the PDF of a book or section starts a new sheet (theme field <c>pageBreaks</c>).</summary>
public enum PageBreaks
{
    /// <summary>At each top-level entry (a group, a top-level page, a page at the first level of a group); the pages under them follow on, each under a rule.</summary>
    Section,
    /// <summary>At every page of the space.</summary>
    Page,
    /// <summary>Never: every page follows on under a rule.</summary>
    None,
}

/// <summary>Colours as <c>#RRGGBB</c> strings.</summary>
public sealed record ThemeColors
{
    /// <summary>Titles, rules, links: the organisation's main colour (default: blue France).</summary>
    public string Primary { get; init; } = "#000091";
    /// <summary>Body text.</summary>
    public string Text { get; init; } = "#161616";
    /// <summary>Secondary text: captions, header, footer.</summary>
    public string Muted { get; init; } = "#666666";
    /// <summary>Callout for <c>hint style="info"</c>.</summary>
    public string Info { get; init; } = "#0063CB";
    /// <summary>Callout for <c>hint style="success"</c>.</summary>
    public string Success { get; init; } = "#18753C";
    /// <summary>Callout for <c>hint style="warning"</c>.</summary>
    public string Warning { get; init; } = "#B34000";
    /// <summary>Callout for <c>hint style="danger"</c>.</summary>
    public string Danger { get; init; } = "#CE0500";
    /// <summary>Background of code blocks and cards.</summary>
    public string Shade { get; init; } = "#F6F6F6";
}

/// <summary>
/// The colours of highlighted code, as <c>#RRGGBB</c>: light, like GitBook's, and dark enough to
/// read on the code shade and in greyscale print (where comments are told by italics, keywords by bold).
/// </summary>
public sealed record ThemeCodeColors
{
    /// <summary>Comments, in italics.</summary>
    public string Comment { get; init; } = "#6E7781";
    /// <summary>Keywords, in bold.</summary>
    public string Keyword { get; init; } = "#CF222E";
    /// <summary>Strings.</summary>
    public string StringLiteral { get; init; } = "#0A3069";
    /// <summary>Numbers, booleans, null and other constants.</summary>
    public string Constant { get; init; } = "#0550AE";
    /// <summary>Type and class names.</summary>
    public string Type { get; init; } = "#953800";
    /// <summary>Function names.</summary>
    public string Function { get; init; } = "#8250DF";
    /// <summary>Markup tags and YAML keys.</summary>
    public string Tag { get; init; } = "#116329";
    /// <summary>Attribute and property names (JSON keys, CSS properties).</summary>
    public string Attribute { get; init; } = "#0550AE";
    /// <summary>Lines a diff adds.</summary>
    public string Inserted { get; init; } = "#116329";
    /// <summary>Lines a diff removes.</summary>
    public string Deleted { get; init; } = "#82071E";
}

/// <summary>TrueType font files (absolute paths); null means the bundled font.</summary>
public sealed record ThemeFonts
{
    /// <summary>Body text, regular.</summary>
    public string? Regular { get; init; }
    /// <summary>Body text, bold.</summary>
    public string? Bold { get; init; }
    /// <summary>Body text, italic.</summary>
    public string? Italic { get; init; }
    /// <summary>Body text, bold italic.</summary>
    public string? BoldItalic { get; init; }
    /// <summary>Code.</summary>
    public string? Mono { get; init; }
    /// <summary>
    /// Fonts tried, in order, for a character that neither the fonts above nor the bundled ones draw
    /// (before the machine's fonts, when those are allowed).
    /// </summary>
    public IReadOnlyList<string> Fallback { get; init; } = [];
}

/// <summary>Page margins in millimetres.</summary>
public sealed record ThemeMargins(double Top = 20, double Right = 18, double Bottom = 20, double Left = 18);

/// <summary>
/// How a document looks: read by both writers. Paths are absolute (the theme loader makes them so,
/// relative to the theme file).
/// </summary>
public sealed record Theme
{
    /// <summary>Logos shown in a row on the cover and in the running header (PNG, JPEG or SVG files).</summary>
    public IReadOnlyList<string> Logos { get; init; } = [];
    /// <summary>An optional picture for the cover.</summary>
    public string? CoverImage { get; init; }
    /// <summary>Colours.</summary>
    public ThemeColors Colors { get; init; } = new();
    /// <summary>The colours of highlighted code.</summary>
    public ThemeCodeColors Code { get; init; } = new();
    /// <summary>Fonts; the bundled ones where null.</summary>
    public ThemeFonts Fonts { get; init; } = new();
    /// <summary>Page size.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;
    /// <summary>Margins.</summary>
    public ThemeMargins Margins { get; init; } = new();
    /// <summary>Where the PDF starts new sheets (Word documents flow: Word paginates them).</summary>
    public PageBreaks PageBreaks { get; init; } = PageBreaks.Section;
    /// <summary>The document's title, instead of the space's (its README's first heading), the section's or the page's (CLI <c>--title</c>).</summary>
    public string? Title { get; init; }
    /// <summary>Text of the running header, after the title (optional).</summary>
    public string? HeaderText { get; init; }
    /// <summary>Text of the footer, beside the page number.</summary>
    public string? FooterText { get; init; }
    /// <summary>The published site's base URL: links to pages outside the export point there.</summary>
    public Uri? SiteBaseUrl { get; init; }
    /// <summary>
    /// Document language (BCP 47), e.g. <c>fr-FR</c>: the labels the exporter writes (table of contents,
    /// page numbers, file sizes, the date…) and its culture's dates and numbers; French turns on French
    /// typography. Null: detected from the pages' text, English when it cannot be told.
    /// </summary>
    public string? Language { get; init; }
    /// <summary>
    /// Patterns replacing the exporter's own labels, by key (<c>contents</c>, <c>tab</c>, <c>pageOf</c>…;
    /// see the theme schema), with placeholders in braces such as <c>"Tab {number}"</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    /// <summary>
    /// Whether an internal link is followed by the page it leads to, "(p. 24)" in the document's
    /// language, for readers of paper; null: on in books and sections, off in a one-page brief.
    /// </summary>
    public bool? PageReferences { get; init; }
    /// <summary>Author written in the document properties.</summary>
    public string? Author { get; init; }

    /// <summary>The default theme: French state design system colours, bundled fonts, A4.</summary>
    public static Theme Default { get; } = new();
}
