using SkiaSharp;

namespace Itou.Export.Tests.Pdf.Layout;

/// <summary>Generated photos: gradients and noise that JPEG cannot shrink to nothing.</summary>
internal static class Photos
{
    public static byte[] Jpeg(int width, int height, int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [new SKColor((byte)random.Next(256), 80, 160), new SKColor(240, (byte)random.Next(256), 40)], SKShaderTileMode.Clamp);
            using var paint = new SKPaint { Shader = shader };
            canvas.DrawRect(0, 0, width, height, paint);
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
