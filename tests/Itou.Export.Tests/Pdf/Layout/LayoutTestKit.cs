using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using SkiaSharp;

namespace Itou.Export.Tests.Pdf.Layout;

/// <summary>A block of a fixed size that records where it was drawn: what layout tests place.</summary>
internal sealed class FakeBlock(float width, float height, string name = "") : Element
{
    public List<(int Page, SKPoint Origin, SKSize Size)> Drawn { get; } = [];

    public string Name { get; } = name;

    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) =>
        height <= available.Height + 0.001f || context.Forcing ? SpacePlan.Full(Math.Min(width, available.Width), height) : SpacePlan.Wrap;

    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var matrix = context.Canvas.TotalMatrix;
        Drawn.Add((context.PageNumber, new SKPoint(matrix.TransX, matrix.TransY), available));
        return true;
    }
}

/// <summary>Lays elements out page by page on a canvas that draws nothing, as the paginator does.</summary>
internal sealed class LayoutTestKit : IDisposable
{
    private readonly SKNoDrawCanvas canvas = new(1000, 1000);

    public LayoutTestKit(bool finalPass = false)
    {
        Fonts = new FontLibrary();
        Context = new LayoutContext(canvas, Fonts, Diagnostics, "test.pdf", finalPass ? new PassResult(1, new Dictionary<string, AnchorLocation>()) : null);
    }

    public FontLibrary Fonts { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public LayoutContext Context { get; }

    public SpacePlan Measure(Element element, float width, float height) => element.Measure(Context, new SKSize(width, height));

    /// <summary>Measures then draws one page (its body as tall as <paramref name="height"/>); returns the plan of that page.</summary>
    public SpacePlan Page(Element element, float width, float height, int page = 1)
    {
        canvas.ResetMatrix();
        Context.BeginPage(page, canvas);
        Context.BodyHeight = height;
        var plan = Measure(element, width, height);
        if (!plan.IsWrap)
            element.Draw(Context, new SKSize(width, height));
        return plan;
    }

    public void Dispose()
    {
        Fonts.Dispose();
        canvas.Dispose();
    }
}
