using DocumentFormat.OpenXml.Packaging;
using Itou.Export.Docx.Document;
using Itou.Export.Docx.Links;
using Itou.Export.Docx.Media;
using Itou.Export.Docx.Styling;
using Itou.Export.Imaging;
using Itou.Export.Imaging.Remote;
using Itou.Export.Publishing;
using Itou.Export.Rendering;
using Itou.Export.Theming;

namespace Itou.Export.Docx;

/// <summary>A heading collected for the pre-filled table of contents.</summary>
internal sealed record TocEntry(int Level, string Text, string Bookmark, string Anchor);

/// <summary>
/// What accumulates over the whole document while pages are written: the package parts, numbering
/// instances, stored images, bookmarks, footnotes, table of contents entries, hyperlink
/// relationships and diagnostics. Scoped things (list level, format) are in <see cref="DocxScope"/>.
/// </summary>
internal sealed class DocxWriterState
{
    private readonly Dictionary<(OpenXmlPart Host, string Url), string> hyperlinks = [];
    private int nextHyperlinkId = 1;

    public DocxWriterState(WordprocessingDocument package, Theme theme, Localization.Labels labels, ExportLimits limits, DiagnosticBag diagnostics, ContentLedger ledger, RemoteImages remoteImages)
    {
        Package = package;
        Ledger = ledger;
        Main = package.MainDocumentPart ?? package.AddMainDocumentPart();
        Theme = theme;
        Labels = labels;
        Limits = limits;
        Diagnostics = diagnostics;
        Geometry = PageGeometry.From(theme);
        Fonts = DocxFonts.From(theme.Fonts);
        Palette = new GitBookPalette(theme.Colors);
        CodePalette = new Highlighting.CodePalette(theme.Code);
        Pictures = new PictureStore<ImageData>(limits, diagnostics, remoteImages, ImageConverter.For(limits));
        Footnotes = new Footnotes(Main, Bookmarks);
    }

    public WordprocessingDocument Package { get; }
    public MainDocumentPart Main { get; }
    public Theme Theme { get; }
    /// <summary>The words the document writes itself, in its language.</summary>
    public Localization.Labels Labels { get; }
    /// <summary>Whether internal links are followed by a page reference.</summary>
    public bool PageReferences { get; init; }
    /// <summary>Anchor → page in our own PDF pagination (see <see cref="Document.DocxDocumentInfo.PageNumbers"/>).</summary>
    public IReadOnlyDictionary<string, int> PageNumbers { get; init; } = new Dictionary<string, int>();
    public ExportLimits Limits { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Where renderers say which content they put in the document (see <see cref="ContentLedger"/>).</summary>
    public ContentLedger Ledger { get; }
    /// <summary>The sheet: paper size, margins, text width (the Markdown page being written is <see cref="DocxRenderer.Page"/>).</summary>
    public PageGeometry Geometry { get; }
    public DocxFonts Fonts { get; }

    /// <summary>The colours of GitBook's marks, as the PDF writer has them.</summary>
    public GitBookPalette Palette { get; }
    /// <summary>The colours of highlighted code, as the PDF writer has them.</summary>
    public Highlighting.CodePalette CodePalette { get; }
    public Lists.DocxNumbering Numbering { get; } = new();
    /// <summary>The document's pictures: read once each, reported at each use (see <see cref="PictureStore{T}"/>).</summary>
    public PictureStore<ImageData> Pictures { get; }
    public ImageEmbedder Embedder { get; } = new();
    public Bookmarks Bookmarks { get; } = new();
    public Footnotes Footnotes { get; }
    public List<TocEntry> Toc { get; } = [];

    /// <summary>Anchors that internal links point at (checked against placed bookmarks at the end).</summary>
    public HashSet<string> LinkedAnchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The relationship id of an external hyperlink from <paramref name="host"/>, created once per URL.</summary>
    public string HyperlinkId(OpenXmlPart host, Uri url)
    {
        var key = (host, url.OriginalString);
        if (hyperlinks.TryGetValue(key, out var id))
            return id;
        // Explicit relationship ids: generated ones are random, and output must be deterministic.
        id = "rLink" + nextHyperlinkId++;
        host.AddHyperlinkRelationship(url, true, id);
        hyperlinks[key] = id;
        return id;
    }
}
