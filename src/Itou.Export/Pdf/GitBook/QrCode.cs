using Itou.Export.Pdf.Layout;
using QRCoder;
using SkiaSharp;

namespace Itou.Export.Pdf.GitBook;

/// <summary>
/// A QR code drawn as vector squares (sharp at any zoom, a few hundred bytes), so a reader of the
/// printed page can open an embedded video or document with a phone.
/// </summary>
internal sealed class QrCode : Element
{
    private readonly bool[][] modules;
    private readonly float size;

    public QrCode(string text, float size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        modules = [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
        this.size = size;
    }

    protected override SpacePlan MeasureContent(LayoutContext context, SKSize available) =>
        available.Width >= size && available.Height >= size ? SpacePlan.Full(size, size) : SpacePlan.Wrap;

    protected override bool DrawContent(LayoutContext context, SKSize available)
    {
        var module = size / modules.Length;
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
        // One rectangle per horizontal run of dark modules: the same picture in far fewer operators.
        for (var y = 0; y < modules.Length; y++)
        {
            var x = 0;
            while (x < modules[y].Length)
            {
                if (!modules[y][x])
                {
                    x++;
                    continue;
                }
                var start = x;
                while (x < modules[y].Length && modules[y][x])
                    x++;
                context.Canvas.DrawRect(SKRect.Create(start * module, y * module, (x - start) * module, module), paint);
            }
        }
        return true;
    }
}
