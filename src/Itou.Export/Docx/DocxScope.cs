namespace Itou.Export.Docx;

/// <summary>
/// What holds only inside the block being written (pandoc's writer environment): the list nesting (0: not in a list; the default value of the struct is the outermost scope),
/// the style of plain paragraphs (quotes), the width available to
/// images (0: the text width) and the character format. Changed by copy, restored on exit;
/// everything that accumulates over the document lives in <see cref="DocxWriterState"/> instead.
/// </summary>
internal readonly record struct DocxScope(
    int ListDepth = 0,
    int ListNumId = 0,
    bool ListOrdered = false,
    string? ParagraphStyle = null,
    long WidthEmu = 0,
    RunFormat Format = default)
{
    /// <summary>Whether a list item is open.</summary>
    public bool InList => ListDepth > 0;

    /// <summary>The Word list level (<c>w:ilvl</c>, 0-based) of the innermost list, at most 8.</summary>
    public int ListLevel => Math.Min(ListDepth, 9) - 1;
}
