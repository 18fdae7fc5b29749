using Itou.Export.Imaging;
using SkiaSharp;
using Svg.Skia;

namespace Itou.Export.Pdf.Layout;

/// <summary>
/// A picture ready to draw: a raster (JPEG passed through to the PDF unchanged, PNG with its
/// transparency) or an SVG drawn as vectors. Sizes are in points (raster pixels at 96 dpi).
/// </summary>
public sealed class ImageSource : IDisposable
{
    private const float PointsPerPixel = 72f / 96f;
    private readonly SKImage? raster;
    private readonly SKPicture? vector;

    private ImageSource(SKImage? raster, SKPicture? vector, SKSize size)
    {
        this.raster = raster;
        this.vector = vector;
        Width = size.Width;
        Height = size.Height;
    }

    /// <summary>Natural width in points.</summary>
    public float Width { get; }

    /// <summary>Natural height in points.</summary>
    public float Height { get; }

    /// <summary>True for an SVG.</summary>
    public bool IsVector => vector is not null;

    /// <summary>
    /// Reads a JPEG, PNG (or another format Skia decodes) or SVG file's bytes; null when they cannot be
    /// read or have no size. SVG files never load anything outside themselves.
    /// </summary>
    public static ImageSource? Load(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return SvgSanitizer.LooksLikeSvg(data) ? LoadSvg(data) : LoadRaster(data);
    }

    /// <summary>Draws the picture stretched over <paramref name="area"/>.</summary>
    internal void Draw(SKCanvas canvas, SKRect area)
    {
        if (raster is not null)
        {
            using var paint = new SKPaint { IsAntialias = true };
            canvas.DrawImage(raster, area, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
            return;
        }
        // The picture is in SVG user units (its cull rect, which may not start at 0,0), not in points.
        var bounds = vector!.CullRect;
        canvas.Save();
        canvas.Translate(area.Left, area.Top);
        canvas.Scale(area.Width / bounds.Width, area.Height / bounds.Height);
        canvas.Translate(-bounds.Left, -bounds.Top);
        canvas.ClipRect(bounds);
        canvas.DrawPicture(vector);
        canvas.Restore();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        raster?.Dispose();
        vector?.Dispose();
    }

    private static ImageSource? LoadRaster(byte[] data)
    {
        var image = SKImage.FromEncodedData(data);
        if (image is null || image.Width <= 0 || image.Height <= 0)
        {
            image?.Dispose();
            return null;
        }
        return new ImageSource(image, null, new SKSize(image.Width * PointsPerPixel, image.Height * PointsPerPixel));
    }

    private static ImageSource? LoadSvg(byte[] data)
    {
        // Pictures embedded in the SVG are bounded by the default pixel limit; callers check the file's own size.
        var clean = SvgSanitizer.Sanitize(data, new Publishing.ExportLimits().MaxImagePixels, out _, out _);
        if (clean is null)
            return null;
        var svg = new SKSvg();
        svg.Settings.TypefaceProviders = [SvgTypefaces.Instance];
        var picture = svg.Load(new MemoryStream(clean, writable: false));
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
            return null;
        return new ImageSource(null, picture, new SKSize(picture.CullRect.Width * PointsPerPixel, picture.CullRect.Height * PointsPerPixel));
    }
}
