using Itou.Export.Pdf.Layout;
using Itou.Export.Pdf.Text;
using Itou.Export.Publishing;
using SkiaSharp;

namespace Itou.Export.Bench;

/// <summary>The two documents the layout engine is measured on: flowing French text, and photos.</summary>
internal static class PdfLayoutWorkloads
{
    private static readonly string[] Sentences =
    [
        "L’inclusion dans l’emploi est l’affaire de tous : les structures d’insertion accompagnent chaque personne.",
        "Les prescripteurs habilités orientent les candidats vers les offres « adaptées » à leur situation.",
        "Le diagnostic socio-professionnel précède l’embauche ; il est réalisé par un professionnel qualifié.",
        "Une aide au poste de 12\u202F% est versée chaque mois, soit près de 3\u00A0000\u00A0€ par an et par salarié.",
        "Consultez https://emplois.inclusion.beta.gouv.fr/ pour les fiches de poste et les efficaces affiches officielles.",
        "Chaque structure définit ses propres critères, dans le respect du cahier des charges national.",
        "Le flux des candidatures est suivi finement grâce au tableau de bord partagé avec les partenaires.",
    ];

    /// <summary>About 300 A4 pages of justified French paragraphs, with a heading every 12 paragraphs.</summary>
    public static Element FrenchText(int paragraphs = 2200)
    {
        var random = new Random(42);
        var body = new TextStyle { Size = 11 };
        var heading = body with { Size = 16, Bold = true };
        var justified = new ParagraphStyle { Alignment = TextAlignment.Justify };
        var column = new Column(spacing: 6);
        for (var i = 0; i < paragraphs; i++)
        {
            if (i % 12 == 0)
                column.Add(new KeepWithNext(new Anchor($"section-{i / 12}", new TextBlock($"Section {i / 12 + 1} : l’offre de service", heading))));
            var text = string.Join(" ", Enumerable.Range(0, 5).Select(_ => Sentences[random.Next(Sentences.Length)]));
            column.Add(new TextBlock(justified).Add(text, body));
        }
        return column;
    }

    /// <summary>Photos as JPEG files (gradients with noise, so they do not compress to nothing).</summary>
    public static List<byte[]> Photos(int count = 50, int width = 2400, int height = 1600)
    {
        var photos = new List<byte[]>();
        var random = new Random(7);
        for (var i = 0; i < count; i++)
        {
            using var bitmap = new SKBitmap(width, height);
            using (var canvas = new SKCanvas(bitmap))
            {
                using var shader = SKShader.CreatePerlinNoiseTurbulence(0.01f + i * 0.001f, 0.02f, 3, random.Next());
                using var paint = new SKPaint { Shader = shader };
                canvas.DrawRect(0, 0, width, height, paint);
            }
            using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
            photos.Add(data.ToArray());
        }
        return photos;
    }

    /// <summary>
    /// <paramref name="photo"/> as a camera writes it: EXIF (orientation 1, a 160 × 120 preview JPEG) and an
    /// XMP packet after the start of the image. A typical phone or camera file carries 10 to 60 KB of these.
    /// </summary>
    public static byte[] AsFromCamera(byte[] photo)
    {
        using var bitmap = SKBitmap.Decode(photo);
        using var small = bitmap.Resize(new SKImageInfo(160, 120), new SKSamplingOptions(SKFilterMode.Linear));
        using var preview = small.Encode(SKEncodedImageFormat.Jpeg, 80);
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8,
            0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 1, 0, 0, // IFD0: orientation 1
            0, 0, 0, 26, // next IFD (IFD1, the preview) at 26
            0, 2, 0x02, 0x01, 0, 4, 0, 0, 0, 1, 0, 0, 0, 56, 0x02, 0x02, 0, 4, 0, 0, 0, 1, .. BigEndian((int)preview.Size), 0, 0, 0, 0,
        ];
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. tiff, .. preview.ToArray()]);
        var xmp = Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. System.Text.Encoding.UTF8.GetBytes(
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreatorTool=\"Camera 1.0\" xmp:CreateDate=\"2026-01-01T10:00:00\"/></rdf:RDF></x:xmpmeta>"
            + new string(' ', 2048))]);
        return [.. photo[..2], .. exif, .. xmp, .. photo[2..]];
    }

    private static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF), .. payload];

    /// <summary>One photo per half page, with a caption.</summary>
    public static Element PhotoAlbum(IEnumerable<ImageSource> photos)
    {
        var column = new Column(spacing: 12);
        var caption = new TextStyle { Size = 9, Italic = true };
        var number = 0;
        foreach (var photo in photos)
        {
            column.Add(new KeepWithNext(new Image(photo)));
            column.Add(new TextBlock($"Photo {++number}", caption));
        }
        return column;
    }

    /// <summary>Writes <paramref name="content"/> with the bundled fonts; returns the page count.</summary>
    public static int Write(Element content, Stream output)
    {
        using var fonts = new FontLibrary();
        var description = new DocumentDescription
        {
            Metadata = new DocumentMetadata { Title = "Benchmark" },
            Footer = page => new TextBlock($"{page.Number} / {page.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "000"}", new TextStyle { Size = 8 }, new ParagraphStyle { Alignment = TextAlignment.Right }),
        };
        return PdfLayoutWriter.Write(output, description, content, fonts, new DiagnosticBag()).PageCount;
    }
}
