using System.Buffers.Binary;
using HarfBuzzSharp;

namespace Itou.Export.Pdf.Text;

/// <summary>
/// The machine's TrueType fonts, the last link of the fallback chain: the font folders are scanned the
/// first time a character needs them (a document the bundled fonts draw never pays for it), once per
/// process. A font is chosen deterministically: it must draw the whole cluster, then the one of the
/// asked weight and slant wins, then the first in path order (folders in the order of
/// <see cref="DefaultFolders"/>, files in ordinal order of their paths).
/// </summary>
internal sealed class SystemFonts
{
    private static readonly string[] Extensions = [".ttf", ".ttc", ".otf"];
    private readonly Lazy<Candidate[]> candidates;

    /// <summary>The fonts of this machine's usual font folders.</summary>
    public static SystemFonts Machine { get; } = new(DefaultFolders());

    /// <summary>The fonts under <paramref name="folders"/> (tests give their own).</summary>
    public SystemFonts(IReadOnlyList<string> folders) => candidates = new(() => Scan(folders));

    /// <summary>How many usable font faces the scan found (scans when not done yet).</summary>
    public int Count => candidates.Value.Length;

    /// <summary>
    /// Where fonts are installed: fontconfig's folders on Linux, the system and the user's font folder on
    /// Windows, the system, local and user folders on macOS.
    /// </summary>
    public static IReadOnlyList<string> DefaultFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return [Environment.GetFolderPath(Environment.SpecialFolder.Fonts), Path.Combine(local, "Microsoft", "Windows", "Fonts")];
        }
        if (OperatingSystem.IsMacOS())
            return ["/System/Library/Fonts", "/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        return ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local", "share", "fonts"), Path.Combine(home, ".fonts")];
    }

    /// <summary>The font file and face index that draw every visible character of <paramref name="cluster"/>; null when none does.</summary>
    public (string Path, int Index)? Find(ReadOnlySpan<char> cluster, bool bold, bool italic)
    {
        Candidate? covering = null;
        foreach (var candidate in candidates.Value)
        {
            if (!Covers(candidate.Font, cluster))
                continue;
            if (candidate.Bold == bold && candidate.Italic == italic)
                return (candidate.Path, candidate.Index);
            covering ??= candidate;
        }
        return covering is null ? null : (covering.Path, covering.Index);
    }

    private static bool Covers(Font font, ReadOnlySpan<char> cluster)
    {
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (!FontLibrary.IsInvisibleControl(rune.Value) && !font.TryGetNominalGlyph(rune.Value, out _))
                return false;
        }
        return true;
    }

    private static Candidate[] Scan(IReadOnlyList<string> folders)
    {
        var found = new List<Candidate>();
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(file => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
                found.AddRange(FacesOf(file));
        }
        return [.. found];
    }

    // HarfBuzz maps the file (it never moves and is only read): the few tables a choice needs are all it touches.
    private static IEnumerable<Candidate> FacesOf(string file)
    {
        Blob blob;
        try { blob = Blob.FromFile(file); }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException) { yield break; }
        for (var index = 0; index < blob.FaceCount; index++)
        {
            var face = new Face(blob, index);
            // Only TrueType outlines: Skia writes CFF and variable fonts as Type 3, which loses text extraction.
            if (face.UnitsPerEm == 0 || face.ReferenceTable(Tag.Parse("glyf")).Length == 0 || face.HasVariationData)
            {
                face.Dispose();
                continue;
            }
            var (bold, italic) = StyleOf(face);
            yield return new Candidate(file, index, new Font(face), bold, italic);
        }
    }

    /// <summary>Bold and italic from the OS/2 table (weight class 600 or more; the italic bit of fsSelection).</summary>
    private static (bool Bold, bool Italic) StyleOf(Face face)
    {
        using var table = face.ReferenceTable(Tag.Parse("OS/2"));
        var bytes = table.AsSpan();
        if (bytes.Length < 64)
            return (false, false);
        return (BinaryPrimitives.ReadUInt16BigEndian(bytes[4..]) >= 600, (BinaryPrimitives.ReadUInt16BigEndian(bytes[62..]) & 1) != 0);
    }

    private sealed record Candidate(string Path, int Index, Font Font, bool Bold, bool Italic);
}
