using SkiaSharp;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A PDF laid out in memory: Skia's document (native memory, never copied into the managed heap) and the
/// incremental update that follows it (<see cref="PdfCatalogUpdate"/>).
/// </summary>
internal sealed class LaidOutPdf(SKData document, byte[] update, LayoutResult result) : IDisposable
{
    /// <summary>What writing found: the page count and anchor pages.</summary>
    public LayoutResult Result { get; } = result;

    /// <summary>Writes the whole PDF to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output)
    {
        output.Write(document.AsSpan());
        output.Write(update);
    }

    /// <summary>Writes the whole PDF to <paramref name="output"/> asynchronously.</summary>
    public async Task CopyToAsync(Stream output, CancellationToken cancellationToken)
    {
        using (var body = document.AsStream(streamDisposesData: false))
            await body.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(update, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public void Dispose() => document.Dispose();
}
