using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>Where a link goes: an external URL or an anchor (named destination) of this document.</summary>
public sealed record LinkTarget
{
    private LinkTarget(string? url, string? anchor)
    {
        Url = url;
        Anchor = anchor;
    }

    /// <summary>The external address, or null.</summary>
    public string? Url { get; }

    /// <summary>The anchor name in this document, or null.</summary>
    public string? Anchor { get; }

    /// <summary>A link to an external address.</summary>
    public static LinkTarget External(string url) => new(url ?? throw new ArgumentNullException(nameof(url)), null);

    /// <summary>A jump to an <see cref="Layout.Anchor"/> of this document.</summary>
    public static LinkTarget Internal(string anchor) => new(null, anchor ?? throw new ArgumentNullException(nameof(anchor)));

    /// <summary>Makes <paramref name="area"/> (canvas coordinates) clickable. A jump to an unknown anchor is reported and left out.</summary>
    internal void Annotate(LayoutContext context, SKRect area)
    {
        if (Url is not null)
        {
            context.Canvas.DrawUrlAnnotation(area, Url);
            return;
        }
        if (!context.IsFinalPass)
            return;
        if (context.KnownAnchors.ContainsKey(Anchor!))
            context.Canvas.DrawLinkDestinationAnnotation(area, Anchor!);
        else
            context.Report(Publishing.DiagnosticCodes.PdfUnknownAnchor, $"Link to the unknown anchor '{Anchor}' left without a target.");
    }
}
