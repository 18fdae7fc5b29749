using System.Text;
using Itou.Export.Imaging;
using Itou.Export.Tests.Pdf.Layout;

namespace Itou.Export.Tests.Imaging;

public sealed class JpegMetadataTests
{
    [Fact]
    public void Camera_metadata_comments_and_trailing_data_are_dropped_and_the_picture_kept_byte_for_byte()
    {
        var plain = Photos.Jpeg(64, 32, seed: 3);
        var dressed = Dress(plain, orientation: 6);

        var (picture, orientation) = JpegMetadata.Strip(dressed);

        Assert.Equal(6, orientation);
        Assert.Equal(plain, picture);
    }

    [Fact]
    public void Colour_profiles_and_the_adobe_segment_stay()
    {
        var plain = Photos.Jpeg(64, 32, seed: 4);
        var withColour = Insert(plain, Segment(0xE2, "ICC_PROFILE\0\u0001\u0001profile"), Segment(0xEE, "Adobe\0\u0064\0\0\0\0\u0001"));

        var (picture, orientation) = JpegMetadata.Strip(withColour);

        Assert.Equal(1, orientation);
        Assert.Equal(withColour, picture);
    }

    [Fact]
    public void Bytes_that_are_not_a_whole_jpeg_come_back_as_they_are()
    {
        var png = ImageTests.Png(8, 8);
        var cut = Dress(Photos.Jpeg(64, 32, seed: 5), orientation: 3)[..40];

        Assert.Same(png, JpegMetadata.Strip(png).Picture);
        Assert.Equal((cut, 1), JpegMetadata.Strip(cut));
    }

    /// <summary>
    /// <paramref name="jpeg"/> as a camera or an editor leaves it: EXIF with an orientation and a 20 KB
    /// thumbnail, XMP, a comment, and a preview after the end of the image.
    /// </summary>
    internal static byte[] Dress(byte[] jpeg, int orientation)
    {
        // Big-endian TIFF: header, one directory entry (orientation, SHORT, 1 value), no next directory.
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0, 0, 0, 0, 0];
        var exif = Segment(0xE1, [.. "Exif\0\0"u8, .. tiff, .. new byte[20_000]]);
        var xmp = Segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>");
        var comment = Segment(0xFE, "Made with a camera");
        return [.. Insert(jpeg, exif, xmp, comment), .. new byte[10_000]];
    }

    private static byte[] Insert(byte[] jpeg, params byte[][] segments) => [.. jpeg[..2], .. segments.SelectMany(segment => segment), .. jpeg[2..]];

    private static byte[] Segment(byte marker, string payload) => Segment(marker, Encoding.Latin1.GetBytes(payload));

    private static byte[] Segment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)((payload.Length + 2) & 0xFF), .. payload];
}
