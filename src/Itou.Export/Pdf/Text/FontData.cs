using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// One font file loaded once per process and shared by documents: its bytes and the HarfBuzz font
/// that shapes with it (HarfBuzz fonts are immutable once set up, so sharing is safe).
/// </summary>
internal sealed class FontData
{
    private static readonly ConcurrentDictionary<string, Lazy<FontData>> Cache = new(StringComparer.Ordinal);

    // HarfBuzz and Skia read the font from this memory for as long as the process runs (fonts are cached
    // for it): it must not move, so it is unmanaged (a pinned-then-released managed array gets moved by
    // the GC). A bundled font is read in place, in the assembly's mapped image; a theme file is copied in once.
    private FontData(string name, IntPtr memory, int length, int index = 0)
    {
        Name = name;
        (Memory, Length) = (memory, length);
        using var blob = new Blob(memory, length, MemoryMode.ReadOnly);
        Face = new Face(blob, index);
        Index = index;
        UnitsPerEm = Face.UnitsPerEm;
        Font = new Font(Face);
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        Font.TryGetHorizontalFontExtents(out var extents);
        Ascender = extents.Ascender / (float)UnitsPerEm;
        Descender = -extents.Descender / (float)UnitsPerEm;
        HasOutlines = Face.ReferenceTable(Tag.Parse("glyf")).Length > 0 && !Face.HasVariationData;
        IsColor = Face.HasColorPng || Face.HasColorLayers;
    }

    /// <summary>Resource or file name, for diagnostics.</summary>
    public string Name { get; }

    /// <summary>Where the font file is in memory.</summary>
    private IntPtr Memory { get; }

    /// <summary>The font file's length in bytes.</summary>
    private int Length { get; }

    /// <summary>Which face of the file (a TrueType collection holds several).</summary>
    public int Index { get; }

    /// <summary>The HarfBuzz face (tables).</summary>
    public Face Face { get; }

    /// <summary>The HarfBuzz font, scaled to font units.</summary>
    public Font Font { get; }

    /// <summary>Design units per em.</summary>
    public int UnitsPerEm { get; }

    /// <summary>Ascent above the baseline, in ems.</summary>
    public float Ascender { get; }

    /// <summary>Descent below the baseline, in ems (positive).</summary>
    public float Descender { get; }

    /// <summary>TrueType outlines (glyf): the only kind Skia embeds as real text and HarfBuzz subsets for us.</summary>
    public bool HasOutlines { get; }

    /// <summary>Colour bitmaps or layers (emoji): drawn by Skia as small images.</summary>
    public bool IsColor { get; }

    /// <summary>The font file for Skia, without a copy.</summary>
    private SKData SkiaData() => SKData.Create(Memory, Length);

    /// <summary>The Skia typeface of the whole font (its face of a collection).</summary>
    public SKTypeface Typeface() => SKTypeface.FromData(SkiaData(), Index);

    /// <summary>Whether the font maps <paramref name="codePoint"/> to a glyph.</summary>
    public bool Covers(int codePoint) => Font.TryGetNominalGlyph(codePoint, out _);

    /// <summary>A font bundled with the package (a resource under Theming/Fonts).</summary>
    public static unsafe FontData Bundled(string fileName) => Cache.GetOrAdd("bundled:" + fileName, key => new Lazy<FontData>(() =>
    {
        using var stream = typeof(FontData).Assembly.GetManifestResourceStream("Itou.Export.Fonts." + fileName)
            ?? throw new InvalidOperationException($"The bundled font {fileName} is missing from the assembly.");
        // A resource of an assembly loaded from a file is memory the runtime mapped and never unloads: read in place.
        if (stream is UnmanagedMemoryStream mapped)
            return new FontData(fileName, (IntPtr)mapped.PositionPointer, checked((int)mapped.Length));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return InMemory(fileName, copy.ToArray());
    })).Value;

    /// <summary>
    /// Face <paramref name="index"/> of a font file (a theme's, or the machine's); null when it cannot be read
    /// or has no TrueType outlines.
    /// </summary>
    public static FontData? FromFile(string path, int index, out string? problem)
    {
        problem = null;
        try
        {
            var data = Cache.GetOrAdd($"file:{Path.GetFullPath(path)}#{index}", _ => new Lazy<FontData>(() => InMemory(path, File.ReadAllBytes(path), index))).Value;
            if (data.UnitsPerEm > 0 && data.HasOutlines)
                return data;
            problem = "it has no TrueType (glyf) outlines: CFF and variable fonts lose text extraction";
        }
        catch (IOException exception) { problem = exception.Message; }
        catch (UnauthorizedAccessException exception) { problem = exception.Message; }
        return null;
    }

    private static FontData InMemory(string name, byte[] bytes, int index = 0)
    {
        var memory = Marshal.AllocHGlobal(bytes.Length);
        Marshal.Copy(bytes, 0, memory, bytes.Length);
        return new FontData(name, memory, bytes.Length, index);
    }
}
