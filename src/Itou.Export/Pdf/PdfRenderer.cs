using Itou.Export.Pdf.Blocks;
using Itou.Export.Pdf.GitBook;
using Itou.Export.Pdf.Inlines;
using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using Itou.Export.Rendering;
using Itou.Export.Space;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Itou.Export.Pdf;

/// <summary>
/// Turns the Markdown tree of a page into layout elements, one small object renderer per node type
/// (Markdig's <see cref="RendererBase"/> picks it). Blocks go into a stack of open columns; inlines go
/// into the <see cref="InlineBuilder"/> of the paragraph being built.
/// </summary>
internal sealed class PdfRenderer : RendererBase
{
    private readonly Stack<Column> columns = new();
    private InlineBuilder? inlines;

    public PdfRenderer(Publication publication, PdfStyles styles, PdfImages images, DiagnosticBag diagnostics, ContentLedger ledger)
    {
        Publication = publication;
        Ledger = ledger;
        Styles = styles;
        Images = images;
        Diagnostics = diagnostics;
        BodyStyle = styles.Body;
        ObjectRenderers.AddRange(Table());
    }

    /// <summary>The renderer table: specific node types first, as a renderer accepts its type and every type derived from it.</summary>
    internal static IEnumerable<IMarkdownObjectRenderer> Table() => [.. GitBookRenderers.All, .. BlockRenderers.All, .. InlineRenderers.All];

    public Publication Publication { get; }
    /// <summary>The words this document writes itself, in its language.</summary>
    public Localization.Labels Labels => Publication.Labels;
    public PdfStyles Styles { get; }
    public PdfImages Images { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Where renderers say which content they put in the document (see <see cref="ContentLedger"/>).</summary>
    public ContentLedger Ledger { get; }

    /// <summary>The page being rendered (links and images are relative to it).</summary>
    public Page Page { get; private set; } = null!;

    /// <summary>The style paragraphs start from (smaller in footnotes, bold in table headers).</summary>
    public TextStyle BodyStyle { get; private set; } = null!;

    /// <summary>How paragraphs are aligned (table columns may say otherwise).</summary>
    public TextAlignment Alignment { get; private set; } = TextAlignment.Left;

    /// <summary>How deep the list being rendered is (0 outside lists): picks the bullet.</summary>
    public int ListDepth { get; set; }

    /// <summary>Headings of the current page met so far: what the outline lists under the page.</summary>
    public List<RenderedHeading> Headings { get; } = [];

    /// <summary>Runs <paramref name="write"/> with another paragraph style and alignment.</summary>
    public void WithBody(TextStyle style, TextAlignment alignment, Action write)
    {
        var (savedStyle, savedAlignment) = (BodyStyle, Alignment);
        (BodyStyle, Alignment) = (style, alignment);
        try { write(); }
        finally { (BodyStyle, Alignment) = (savedStyle, savedAlignment); }
    }

    /// <summary>The paragraph being built.</summary>
    public InlineBuilder Inlines => inlines ?? throw new InvalidOperationException("No paragraph is open.");

    /// <summary>
    /// Renders a whole page into a column. A page without a title heading (<see cref="Page.TitleHeading"/>)
    /// gets <paramref name="title"/> as one; the front matter description follows the title.
    /// </summary>
    public Column RenderPage(Page page, string title)
    {
        Page = page;
        BodyStyle = Styles.Body;
        Headings.Clear();
        return Blocks(() =>
        {
            if (page.TitleHeading is null)
                AddTitle(Paragraph(inlines => inlines.Append(title), Styles.Heading(1)), title, headingAnchor: null);
            foreach (var block in page.Document)
                BlockGuard.Write(block, page.Path, Diagnostics, () => Write(block));
        });
    }

    /// <summary>
    /// Adds the page title (kept with what follows) and, under it, the page's description. A title
    /// made from the table of contents has no anchor of its own: the page's, around it, is the one.
    /// </summary>
    public void AddTitle(Element? title, string text, string? headingAnchor)
    {
        if (title is null)
            return;
        Headings.Add(new RenderedHeading(1, text, headingAnchor ?? AnchorIds.For(Page.Path)));
        Add(new KeepWithNext(headingAnchor is null ? title : new Anchor(headingAnchor, title)));
        if (Page.FrontMatter.Description is { Length: > 0 } description
            && Paragraph(inlines => inlines.Append(description), Styles.Body with { Size = 12, Color = Styles.Muted }) is { } lead)
            Add(lead);
    }

    /// <inheritdoc/>
    public override object Render(MarkdownObject markdownObject) => Blocks(() => Write(markdownObject));

    /// <summary>Runs <paramref name="write"/> into a new column and returns it.</summary>
    public Column Blocks(Action write, float spacing = PdfStyles.BlockGap)
    {
        var column = new Column(spacing);
        columns.Push(column);
        try { write(); }
        finally { columns.Pop(); }
        return column;
    }

    /// <summary>The children of <paramref name="block"/> as a column.</summary>
    public Column BlocksOf(ContainerBlock block, float spacing = PdfStyles.BlockGap) => Blocks(() => WriteChildren(block), spacing);

    /// <summary>Adds an element to the column being filled.</summary>
    public void Add(Element element) => columns.Peek().Add(element);

    /// <summary>
    /// Renders inlines as a paragraph in <paramref name="style"/> (see <see cref="InlineBuilder.Build"/>);
    /// null when they hold nothing to show.
    /// </summary>
    public Element? Paragraph(ContainerInline? inline, TextStyle style, ParagraphStyle? paragraph = null) =>
        Paragraph(_ => { if (inline is not null) WriteChildren(inline); }, style, paragraph);

    /// <summary>Renders what <paramref name="write"/> appends as a paragraph; null when it holds nothing to show.</summary>
    public Element? Paragraph(Action<InlineBuilder> write, TextStyle style, ParagraphStyle? paragraph = null)
    {
        var saved = inlines;
        inlines = new InlineBuilder(style);
        try
        {
            write(inlines);
            return inlines.Build(paragraph, Styles.FrenchTypography);
        }
        finally
        {
            inlines = saved;
        }
    }

    /// <summary>The plain text of inlines (titles, alt texts), typography applied.</summary>
    public string PlainText(ContainerInline? inline)
    {
        var saved = inlines;
        inlines = new InlineBuilder(Styles.Body);
        try
        {
            if (inline is not null)
                WriteChildren(inline);
            return inlines.PlainText.Trim();
        }
        finally
        {
            inlines = saved;
        }
    }

    /// <summary>Reports a problem at the line of <paramref name="at"/> in the current page.</summary>
    public void Report(string code, MarkdownObject at, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Diagnostics.Report(code, Page?.Path ?? "", at.Line + 1, message, severity);
}

/// <summary>A heading as printed: its level, text and anchor (for the outline).</summary>
internal sealed record RenderedHeading(int Level, string Title, string Anchor);
