using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Inlines;
using Itou.Export.Docx.Styling;
using Itou.Export.Publishing;
using Itou.Export.Rendering;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Itou.Export.Docx;

/// <summary>
/// Walks Markdig's syntax tree and writes WordprocessingML, one small object renderer per node type
/// (Markdig's own pattern). It keeps where blocks go (the body, a table cell, a footnote: a
/// container and the part hosting it) and where runs go (the open paragraph or hyperlink).
/// </summary>
internal sealed class DocxRenderer : RendererBase
{
    private OpenXmlCompositeElement container;
    private OpenXmlPart host;
    private OpenXmlCompositeElement? runTarget;

    public DocxRenderer(DocxWriterState state, OpenXmlCompositeElement body)
    {
        State = state;
        container = body;
        host = state.Main;
        ObjectRenderers.AddRange(DocxRenderers.Standard());
    }

    /// <summary>The document-wide state.</summary>
    public DocxWriterState State { get; }

    /// <summary>What holds only in the block being written.</summary>
    public DocxScope Scope { get; private set; }

    /// <summary>The page being written.</summary>
    public DocxPageSource Page { get; set; } = null!;

    /// <summary>The part hosting what is written now (images and links are related from it).</summary>
    public OpenXmlPart Host => host;

    /// <summary>Where blocks are appended now.</summary>
    public OpenXmlCompositeElement Container => container;

    /// <summary>Writes a page into the current container.</summary>
    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return container;
    }

    /// <summary>Writes the blocks of a page into the current container, each under the <see cref="BlockGuard"/>.</summary>
    public void WriteBlocks(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            // The last element before the block, not a count: ChildElements.Count walks the whole body.
            var kept = container.LastChild;
            BlockGuard.Write(block, Page.Path, State.Diagnostics, () => Write(block), () => TakeBack(kept));
        }
    }

    // A block that failed half-way is taken out whole: what it had written may not be valid WordprocessingML.
    private void TakeBack(OpenXmlElement? kept)
    {
        runTarget = null;
        while (container.LastChild is { } last && last != kept)
            last.Remove();
    }

    /// <summary>Runs <paramref name="write"/> with a changed scope, then restores it.</summary>
    public void WithScope(DocxScope scope, Action write)
    {
        var saved = Scope;
        Scope = scope;
        try { write(); }
        finally { Scope = saved; }
    }

    /// <summary>Runs <paramref name="write"/> with a changed character format.</summary>
    public void WithFormat(Func<RunFormat, RunFormat> change, Action write) =>
        WithScope(Scope with { Format = change(Scope.Format) }, write);

    /// <summary>Writes blocks into another container (a table cell, a footnote), hosted by <paramref name="hostPart"/> when it changes.</summary>
    public void WriteInto(OpenXmlCompositeElement target, Action write, OpenXmlPart? hostPart = null)
    {
        var (savedContainer, savedHost, savedRuns) = (container, host, runTarget);
        (container, host, runTarget) = (target, hostPart ?? host, null);
        try { write(); }
        finally { (container, host, runTarget) = (savedContainer, savedHost, savedRuns); }
    }

    /// <summary>Appends a block element (a table, a paragraph built elsewhere) to the current container.</summary>
    public T AppendBlock<T>(T element) where T : OpenXmlElement
    {
        runTarget = null;
        container.Append(element);
        return element;
    }

    /// <summary>Opens a paragraph in the current container; runs go there until <see cref="CloseParagraph"/>.</summary>
    public Paragraph OpenParagraph(string? styleId = null, ParagraphProperties? properties = null)
    {
        properties ??= new ParagraphProperties();
        if (styleId is not null)
            properties.ParagraphStyleId = new ParagraphStyleId { Val = styleId };
        var paragraph = new Paragraph();
        if (properties.HasChildren)
            paragraph.Append(properties);
        container.Append(paragraph);
        runTarget = paragraph;
        return paragraph;
    }

    /// <summary>Ends the open paragraph.</summary>
    public void CloseParagraph() => runTarget = null;

    /// <summary>Writes a paragraph with a style and the given inline content.</summary>
    public Paragraph WriteParagraph(string? styleId, Action writeInlines, ParagraphProperties? properties = null)
    {
        var paragraph = OpenParagraph(styleId, properties);
        writeInlines();
        CloseParagraph();
        return paragraph;
    }

    /// <summary>Writes the inline content of a leaf block.</summary>
    public void WriteLeafInline(LeafBlock leaf)
    {
        if (leaf.Inline is not null)
            WriteChildren(leaf.Inline);
    }

    /// <summary>Appends a run element (text, break, drawing, field) where runs go, opening a paragraph if none is open.</summary>
    public void AppendRunContent(params OpenXmlElement[] content)
    {
        var run = new Run();
        if (Scope.Format.ToProperties() is { } properties)
            run.Append(properties);
        run.Append(content);
        AppendInline(run);
    }

    /// <summary>
    /// Appends a picture run. Inside a hyperlink it goes beside it (before it while the link has no text
    /// yet) and is made clickable itself: readers such as pandoc drop pictures wrapped in a hyperlink.
    /// </summary>
    public void AppendPicture(Drawing drawing)
    {
        if (runTarget is not Hyperlink link)
        {
            AppendRunContent(drawing);
            return;
        }
        if (link.Id?.Value is { } relationship && drawing.Inline?.DocProperties is { } properties)
            properties.HyperlinkOnClick = new DocumentFormat.OpenXml.Drawing.HyperlinkOnClick { Id = relationship };
        var run = new Run(drawing);
        if (link.HasChildren)
            link.InsertAfterSelf(run);
        else
            link.InsertBeforeSelf(run);
    }

    /// <summary>Appends an inline element (a run, a hyperlink, a bookmark) where runs go.</summary>
    public void AppendInline(OpenXmlElement element)
    {
        runTarget ??= OpenParagraph();
        runTarget.Append(element);
    }

    /// <summary>Writes text in the current format; characters XML forbids are dropped.</summary>
    public void WriteText(string text)
    {
        var clean = XmlText.Clean(text);
        if (clean.Length == 0)
            return;
        AppendRunContent(new Text(clean) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>
    /// Writes runs inside <paramref name="link"/> (internal or external hyperlink) in the link style;
    /// false when the runs went in as plain text (inside another hyperlink).
    /// </summary>
    public bool WriteInsideHyperlink(Hyperlink link, Action writeInlines)
    {
        if (runTarget is Hyperlink)
        {
            // Word forbids a hyperlink inside a hyperlink: the inner one keeps its text only.
            writeInlines();
            return false;
        }
        AppendInline(link);
        var saved = runTarget;
        runTarget = link;
        try { WithFormat(f => f with { CharacterStyle = StyleIds.Hyperlink }, writeInlines); }
        finally { runTarget = saved; }
        return true;
    }

    /// <summary>Reports a problem at a line of the page being written.</summary>
    public void Report(string code, MarkdownObject at, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        State.Diagnostics.Report(code, Page.Path, at.Line + 1, message, severity);
}
