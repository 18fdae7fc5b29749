using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses, with HarfBuzz's subsetter (exported by
/// libHarfBuzzSharp but not wrapped by HarfBuzzSharp). Glyph ids are kept, so text shaped with the
/// full font draws unchanged with the subset; ligatures and kerning of kept glyphs survive.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;

    /// <summary>The subset font file, or null when HarfBuzz refuses (the caller then embeds the whole font).</summary>
    public static byte[]? Subset(Face face, IEnumerable<uint> glyphs, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(face);
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
            return null;
        try
        {
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs)
                hb_set_add(glyphSet, glyph);
            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints)
                hb_set_add(unicodeSet, (uint)codePoint);
            hb_subset_input_set_flags(input, NoHinting | RetainGlyphIds);
            return Run(face, input);
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static byte[]? Run(Face face, IntPtr input)
    {
        var subset = hb_subset_or_fail(face.Handle, input);
        if (subset == IntPtr.Zero)
            return null;
        var blob = hb_face_reference_blob(subset);
        try
        {
            var data = hb_blob_get_data(blob, out var length);
            if (data == IntPtr.Zero || length == 0)
                return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            hb_blob_destroy(blob);
            hb_face_destroy(subset);
        }
    }

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(Library)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(Library)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(Library)]
    private static partial void hb_set_add(IntPtr set, uint codePoint);

    [LibraryImport(Library)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [LibraryImport(Library)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(Library)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(Library)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(Library)]
    private static partial void hb_face_destroy(IntPtr face);
}
