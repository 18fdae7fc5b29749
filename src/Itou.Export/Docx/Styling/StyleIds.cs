namespace Itou.Export.Docx.Styling;

/// <summary>
/// Style ids the writer asks for. Word's built-in styles keep Word's ids and names (so users can
/// restyle the document with Word's own style gallery); ours are named after what they show.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Quote = "Quote";
    public const string Caption = "Caption";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string TocHeading = "TOCHeading";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string FootnoteText = "FootnoteText";
    public const string SourceCode = "SourceCode";
    public const string CodeTitle = "CodeTitle";
    public const string CardTitle = "CardTitle";
    public const string CardText = "CardText";
    public const string BlockTitle = "BlockTitle";
    public const string CoverDate = "CoverDate";

    public const string Hyperlink = "Hyperlink";
    public const string FootnoteReference = "FootnoteReference";
    public const string VerbatimChar = "VerbatimChar";

    public const string TableGrid = "TableGrid";
    public const string PlainTable = "PlainTable";
    public const string Card = "Card";

    /// <summary><c>Heading1</c> … <c>Heading6</c>.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 6);

    /// <summary><c>TOC1</c> … <c>TOC3</c>.</summary>
    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 3);

    /// <summary>The table style of a hint: <c>HintInfo</c>, <c>HintSuccess</c>, <c>HintWarning</c>, <c>HintDanger</c>.</summary>
    public static string Hint(Markdown.Hints.HintStyle style) => "Hint" + style;
}
