using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A file carried inside the PDF: its name, where it is on disk (read when the PDF is written), a
/// description for the viewer's list, and the page file and line of its card (for a diagnostic).
/// </summary>
internal sealed record EmbeddedFile(string Name, string FullPath, string Description, string SourceFile, int Line);

/// <summary>Where the drawing pass put an attachment: the named destination at its card's top-left corner, and the card's size.</summary>
internal sealed record PlacedAttachment(string Destination, EmbeddedFile Embedded, SKSize Size);

/// <summary>
/// Attaches a file to the PDF on the area its content takes (a file card): a file-attachment annotation
/// there, written after Skia's output (<see cref="PdfCatalogUpdate"/>), which knows no such annotation.
/// </summary>
internal sealed class FileAttachment(EmbeddedFile file, Element content) : Element
{
    /// <inheritdoc/>
    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) => content.Measure(context, available);

    /// <inheritdoc/>
    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var plan = content.Measure(context, available);
        content.Draw(context, available);
        context.RecordAttachment(file, new SKSize(plan.Width, plan.Height));
        return content.IsFinished;
    }

    /// <inheritdoc/>
    protected override void ResetContent() => content.Reset();
}
