using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using WP = DocumentFormat.OpenXml.Wordprocessing;

namespace Itou.Export.Docx.Media;

/// <summary>
/// Puts images into the package and returns the inline drawings that show them. Each picture is
/// stored once per hosting part (body, header, footnotes), drawing ids are unique in the document.
/// SVG goes in as the PNG fallback plus the original, linked through the Office 2016 <c>asvg:svgBlip</c>
/// extension of the picture's blip.
/// </summary>
internal sealed class ImageEmbedder
{
    private const string SvgBlipExtension = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    private const string SvgNamespace = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly Dictionary<(OpenXmlPart Host, string Key), (string Raster, string? Svg)> stored = [];
    private uint nextDrawingId = 1;
    private int nextPartId = 1;

    /// <summary>The bytes of the picture parts stored so far (they go into the zip as they are).</summary>
    public long StoredBytes { get; private set; }

    /// <summary>An inline drawing of <paramref name="image"/> fitted into <paramref name="maxWidthEmu"/> × <paramref name="maxHeightEmu"/>, never enlarged.</summary>
    public WP.Drawing Fit(OpenXmlPart host, ImageData image, long maxWidthEmu, long maxHeightEmu, string description)
    {
        var width = image.PixelWidth * ImageData.EmuPerPixel;
        var height = image.PixelHeight * ImageData.EmuPerPixel;
        var scale = Math.Min(1.0, Math.Min((double)maxWidthEmu / width, (double)maxHeightEmu / height));
        return Place(host, image, (long)(width * scale), (long)(height * scale), description);
    }

    /// <summary>An inline drawing of <paramref name="image"/> at a given height, width following the aspect ratio (logos).</summary>
    public WP.Drawing AtHeight(OpenXmlPart host, ImageData image, long heightEmu, string description) =>
        Place(host, image, (long)((double)heightEmu * image.PixelWidth / image.PixelHeight), heightEmu, description);

    private WP.Drawing Place(OpenXmlPart host, ImageData image, long widthEmu, long heightEmu, string description)
    {
        var (raster, svg) = Store(host, image);
        var id = nextDrawingId++;
        var name = "Picture " + id;
        var blip = new A.Blip { Embed = raster };
        if (svg is not null)
        {
            var svgBlip = new OpenXmlUnknownElement("asvg", "svgBlip", SvgNamespace);
            svgBlip.SetAttribute(new OpenXmlAttribute("r", "embed", RelationshipNamespace, svg));
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(svgBlip) { Uri = SvgBlipExtension }));
        }
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = description },
                new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
            new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = widthEmu, Cy = heightEmu }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = widthEmu, Cy = heightEmu },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new WP.Drawing(inline);
    }

    private (string Raster, string? Svg) Store(OpenXmlPart host, ImageData image)
    {
        if (stored.TryGetValue((host, image.Key), out var ids))
            return ids;
        var raster = AddPart(host, image.ContentType, image.Bytes);
        var svg = image.Svg is null ? null : AddPart(host, "image/svg+xml", image.Svg);
        stored[(host, image.Key)] = (raster, svg);
        return (raster, svg);
    }

    private string AddPart(OpenXmlPart host, string contentType, byte[] bytes)
    {
        // Explicit relationship ids: generated ones are random, and output must be deterministic.
        // Pictures are compressed already: deflating them again costs time and saves nothing.
        var package = host.OpenXmlPackage;
        var compression = package.CompressionOption;
        package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        var part = host.AddNewPart<ImagePart>(contentType, "rImg" + nextPartId++);
        using (var stream = new MemoryStream(bytes, writable: false))
            part.FeedData(stream);
        package.CompressionOption = compression;
        StoredBytes += bytes.Length;
        return host.GetIdOfPart(part);
    }
}
