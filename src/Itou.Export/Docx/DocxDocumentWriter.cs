using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Itou.Export.Docx.Blocks;
using Itou.Export.Docx.Document;
using Itou.Export.Docx.Package;
using Itou.Export.Docx.Styling;
using Itou.Export.Docx.Typography;
using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Publishing;
using Itou.Export.Theming;

namespace Itou.Export.Docx;

/// <summary>
/// Assembles the Word package: styles, numbering, settings, properties, cover, table of contents,
/// the pages through <see cref="DocxRenderer"/>, header and footer, then writes it with fixed zip
/// timestamps (<see cref="ZipTimestamps"/>) so that the same input gives the same bytes.
/// </summary>
internal static class DocxDocumentWriter
{
    /// <summary>
    /// Writes the document into <paramref name="output"/>, an empty memory stream (the zip's dates are set in
    /// its buffer once the package is closed); <paramref name="written"/> is told of each page source once it
    /// is in the body. The pictures of <paramref name="info"/> (and the fetched remote images) are read ahead
    /// on the other cores meanwhile.
    /// </summary>
    public static void Write(IReadOnlyList<DocxPageSource> pages, DocxDocumentInfo info, Theme theme, ExportLimits limits,
        DiagnosticBag diagnostics, ContentLedger ledger, MemoryStream output, CancellationToken cancellationToken, RemoteImages? remoteImages = null, Action<DocxPageSource>? written = null)
    {
        using (var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            // The XML parts deflated at the fastest level: on the corpus book the zip costs 18 million
            // instructions instead of 40 (2 % of the export) for a file 0.8 % larger (document.xml 111 KB, not 72).
            package.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
            package.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rMain");
            var state = new DocxWriterState(package, theme, info.Labels, limits, diagnostics, ledger, remoteImages ?? RemoteImages.Off)
            {
                PageReferences = info.PageReferences,
                PageNumbers = info.PageNumbers,
            };
            var body = new Body();
            state.Main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
            // Formulas' namespace on the root, as Word writes it: pandoc looks prefixes up there and drops display formulas otherwise.
            state.Main.Document.AddNamespaceDeclaration("m", "http://schemas.openxmlformats.org/officeDocument/2006/math");
            var preloading = Preload(state, info, cancellationToken);
            Highlighting.CodeHighlights.Prepare(pages.Select(page => (page.Path, page.Document)), diagnostics, cancellationToken);
            try
            {
                WriteBody(new DocxRenderer(state, body), body, pages, info, written, cancellationToken);
            }
            finally
            {
                preloading.Wait(CancellationToken.None);
            }
            ReportDanglingLinks(state);

            AddStyles(state);
            AddNumbering(state);
            AddSettings(state);
            SetProperties(package, info, theme);
            ReserveRoom(output, state);
        }
        ZipTimestamps.Set(output.GetBuffer().AsSpan(0, (int)output.Length), info.Date);
    }

    // Decoding and rendering pictures is the largest part of a Word export: done on the other cores
    // while pages are written. The task never fails; once cancelled it stops early.
    private static Task Preload(DocxWriterState state, DocxDocumentInfo info, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            try { state.Pictures.Preload(info.Pictures, Math.Max(1, Environment.ProcessorCount - 1), cancellationToken); }
            catch (OperationCanceledException) { }
        }, CancellationToken.None);

    // The zip is written when the package closes: with room for the pictures (stored as they are) and
    // the compressed XML made beforehand, the buffer is not regrown and copied step by step.
    private static void ReserveRoom(MemoryStream output, DocxWriterState state)
    {
        const long RoomForXml = 1 << 20;
        output.Capacity = (int)Math.Min(Array.MaxLength, Math.Max(output.Capacity, state.Embedder.StoredBytes + RoomForXml));
    }

    private static void WriteBody(DocxRenderer renderer, Body body, IReadOnlyList<DocxPageSource> pages, DocxDocumentInfo info,
        Action<DocxPageSource>? written, CancellationToken cancellationToken)
    {
        var state = renderer.State;
        CoverWriter.Write(renderer, info);
        if (info.IsBook)
            body.Append(new Paragraph(new ParagraphProperties(state.Geometry.Section())));
        var tocPosition = body.ChildElements.Count;
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WritePage(renderer, page);
            written?.Invoke(page);
        }
        if (info.IsBook)
            InsertTableOfContents(body, tocPosition, state);
        body.Append(MainSection(state, info));
        if (FrenchTypography.AppliesTo(state.Labels.Language))
        {
            FrenchTypographyPass.Apply(body);
            if (state.Main.FootnotesPart?.Footnotes is { } notes)
                FrenchTypographyPass.Apply(notes);
        }
        WritingSystemPass.Apply(body, state.Labels.Language);
        if (state.Main.FootnotesPart?.Footnotes is { } footnotes)
            WritingSystemPass.Apply(footnotes, state.Labels.Language);
    }

    private static void WritePage(DocxRenderer renderer, DocxPageSource page)
    {
        renderer.Page = page;
        if (page.TitleHeading is null && page.TitleLevel > 0)
            HeadingRenderer.WriteHeading(renderer, page.TitleLevel, page.TitleAnchors, page.StartsOnNewPage, () => renderer.WriteText(page.Title));
        renderer.WriteBlocks(page.Document);
    }

    private static void InsertTableOfContents(Body body, int position, DocxWriterState state)
    {
        var anchor = body.ChildElements[position - 1];
        foreach (var paragraph in TableOfContentsWriter.Build(state.Toc, state.Labels.Contents, state.PageNumbers).Reverse())
            anchor.InsertAfterSelf(paragraph);
    }

    /// <summary>The last section: page, header and footer (a brief keeps its first page free of the running header).</summary>
    private static SectionProperties MainSection(DocxWriterState state, DocxDocumentInfo info)
    {
        var section = state.Geometry.Section();
        var header = HeaderFooterWriter.AddHeader(state, info.Title);
        var footer = HeaderFooterWriter.AddFooter(state, "rFooter");
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = footer });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = header });
        if (!info.IsBook)
        {
            section.InsertAfter(new HeaderReference { Type = HeaderFooterValues.First, Id = HeaderFooterWriter.AddHeader(state, null) },
                section.GetFirstChild<HeaderReference>());
            section.InsertAfter(new FooterReference { Type = HeaderFooterValues.First, Id = HeaderFooterWriter.AddFooter(state, "rFooterFirst") },
                section.Elements<FooterReference>().Last());
            section.Append(new TitlePage());
        }
        return section;
    }

    private static void ReportDanglingLinks(DocxWriterState state)
    {
        foreach (var anchor in state.LinkedAnchors.Where(a => !state.Bookmarks.IsPlaced(a)).Order(StringComparer.Ordinal))
            state.Diagnostics.Report(DiagnosticCodes.DocxAnchorMissing, anchor, 0, $"an internal link points at an anchor with no heading in the document: {anchor}");
    }

    private static void AddStyles(DocxWriterState state)
    {
        var part = state.Main.AddNewPart<StyleDefinitionsPart>("rStyles");
        part.Styles = DocxStyles.Create(state.Theme, state.Labels.Language, state.Fonts, state.Geometry);
    }

    private static void AddNumbering(DocxWriterState state)
    {
        var part = state.Main.AddNewPart<NumberingDefinitionsPart>("rNumbering");
        part.Numbering = state.Numbering.ToElement();
    }

    private static void AddSettings(DocxWriterState state)
    {
        var part = state.Main.AddNewPart<DocumentSettingsPart>("rSettings");
        part.Settings = new Settings(
            new DefaultTabStop { Val = 708 },
            new UpdateFieldsOnOpen { Val = true },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
    }

    /// <summary>
    /// Core properties written as the part itself (docProps/core.xml) with a fixed relationship id:
    /// going through the package's property API would name the part and its relationship at random.
    /// </summary>
    private static void SetProperties(WordprocessingDocument package, DocxDocumentInfo info, Theme theme)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var when = info.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
        XElement Date(string name) => new(dcterms + name, new XAttribute(xsi + "type", "dcterms:W3CDTF"), when);
        var core = new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp), new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms), new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", XmlText.Clean(info.Title)),
            info.Description is null ? null : new XElement(dc + "subject", XmlText.Clean(info.Description)),
            new XElement(dc + "creator", XmlText.Clean(theme.Author ?? "Itou.Export")),
            new XElement(dc + "language", info.Labels.Language),
            Date("created"), Date("modified"));
        var part = package.AddNewPart<CoreFilePropertiesPart>("rCore");
        using var stream = part.GetStream(FileMode.Create);
        core.Save(stream, SaveOptions.DisableFormatting);
    }
}
