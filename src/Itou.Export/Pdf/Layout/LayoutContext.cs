using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Where a named destination landed: its page (1-based) and its distance from the page top, in points.</summary>
public readonly record struct AnchorLocation(int Page, float Top);

/// <summary>
/// What elements see while they are measured and drawn: the canvas, the page, the fonts, what the
/// first pass learnt (page count, anchor pages) and where diagnostics go.
/// </summary>
public sealed class LayoutContext
{
    private readonly Dictionary<string, AnchorLocation> recordedAnchors = new(StringComparer.Ordinal);
    private readonly DiagnosticBag diagnostics;
    private readonly string source;

    internal LayoutContext(SKCanvas canvas, FontLibrary fonts, DiagnosticBag diagnostics, string source, PassResult? firstPass = null)
    {
        Canvas = canvas;
        Fonts = fonts;
        this.diagnostics = diagnostics;
        this.source = source;
        PageCount = firstPass?.PageCount;
        KnownAnchors = firstPass?.Anchors ?? new Dictionary<string, AnchorLocation>();
        PageNumber = 1;
    }

    /// <summary>The canvas of the current page, translated so that the drawn element starts at (0, 0).</summary>
    public SKCanvas Canvas { get; private set; }

    /// <summary>The canvas matrix at the page's top-left corner (Skia's PDF pages start scaled to the raster resolution).</summary>
    private SKMatrix pageMatrix = SKMatrix.Identity;

    /// <summary>The fonts of this document.</summary>
    public FontLibrary Fonts { get; }

    /// <summary>The current page, from 1.</summary>
    public int PageNumber { get; private set; }

    /// <summary>How many pages the document has: known in the second (drawing) pass, null in the first.</summary>
    public int? PageCount { get; }

    /// <summary>True in the second pass, the one that writes the PDF.</summary>
    public bool IsFinalPass => PageCount is not null;

    /// <summary>Anchor pages found by the first pass (empty during the first pass): what a table of contents shows.</summary>
    public IReadOnlyDictionary<string, AnchorLocation> KnownAnchors { get; }

    /// <summary>Files attached so far in the drawing pass, in drawing order.</summary>
    internal List<PlacedAttachment> Attachments { get; } = [];

    /// <summary>Anchors met so far in this pass.</summary>
    internal IReadOnlyDictionary<string, AnchorLocation> RecordedAnchors => recordedAnchors;

    /// <summary>
    /// True while the page is empty and nothing fits on it: elements then take what the space allows
    /// (images shrink, unbreakable blocks split, lines are clipped) so that the document always progresses.
    /// </summary>
    public bool Forcing { get; internal set; }

    /// <summary>
    /// The share of their gap that columns keep between their children on this page: 1, or less on a page
    /// squeezed so that a short end of a flow fits on it instead of standing alone on the next (<see cref="Paginator"/>).
    /// </summary>
    public float GapScale { get; internal set; } = 1;

    /// <summary>Height of the page's body (between header and footer), in points: what "a third of a page" is measured against.</summary>
    public float BodyHeight { get; internal set; }

    /// <summary>Deepest element nesting drawn; deeper elements are left out with a diagnostic.</summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Current element nesting.</summary>
    internal int Depth { get; set; }

    /// <summary>Reports a problem met while laying out (the file is the document's source name).</summary>
    public void Report(string code, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        diagnostics.Report(code, source, 0, message, severity);

    /// <summary>Draws <paramref name="element"/> with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void DrawAt(Element element, float x, float y, SKSize size)
    {
        ArgumentNullException.ThrowIfNull(element);
        Canvas.Save();
        Canvas.Translate(x, y);
        element.Draw(this, size);
        Canvas.Restore();
    }

    /// <summary>Starts drawing on a new page.</summary>
    internal void BeginPage(int number, SKCanvas canvas)
    {
        PageNumber = number;
        Canvas = canvas;
        pageMatrix = canvas.TotalMatrix;
    }

    /// <summary>
    /// In the drawing pass, attaches <paramref name="file"/> to the area of <paramref name="size"/> at the canvas
    /// origin: a named destination marks the spot, so Skia says on which page object and where it landed.
    /// </summary>
    internal void RecordAttachment(EmbeddedFile file, SKSize size)
    {
        if (!IsFinalPass)
            return;
        var destination = $"itou-attachment-{Attachments.Count + 1}";
        Canvas.DrawNamedDestinationAnnotation(SKPoint.Empty, destination);
        Attachments.Add(new PlacedAttachment(destination, file, size));
    }

    /// <summary>Records that the anchor <paramref name="name"/> is at the canvas origin on the current page.</summary>
    internal void RecordAnchor(string name)
    {
        if (recordedAnchors.ContainsKey(name))
            return;
        var top = pageMatrix.Invert().MapPoint(Canvas.TotalMatrix.MapPoint(SKPoint.Empty)).Y;
        recordedAnchors[name] = new AnchorLocation(PageNumber, top);
        Canvas.DrawNamedDestinationAnnotation(SKPoint.Empty, name);
    }
}

/// <summary>What a pass learnt: the page count and where each anchor is.</summary>
internal sealed record PassResult(int PageCount, IReadOnlyDictionary<string, AnchorLocation> Anchors);
