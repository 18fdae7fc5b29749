using System.Text;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// A space that tries every way out: links and images climbing above the root, an absolute path, a
/// symlinked image, page and folder pointing outside, includes outside and in a cycle, an SVG with
/// external references, an SVG with an external entity (file and a live loopback URL), and a PNG whose header claims
/// 50,000 × 50,000 pixels. Beside them, safe text and a safe picture that must come through.
/// </summary>
internal sealed class MaliciousSpace : IDisposable
{
    /// <summary>Text only the files outside the space contain: it must never reach an output.</summary>
    public const string Secret = "SECRET-OUTSIDE-7f3a";

    /// <summary>Text of the safe paragraph, which must reach every output.</summary>
    public const string SafeText = "Texte sûr qui doit paraître";

    private readonly LoopbackTrap trap = new();

    public MaliciousSpace()
    {
        var url = trap.Url;
        Space = new TempSpace();
        var outside = Directory.CreateDirectory(Path.Combine(Space.Parent, "outside")).FullName;
        File.WriteAllText(Path.Combine(Space.Parent, "secret.md"), $"# {Secret}\n");
        File.WriteAllText(Path.Combine(outside, "page.md"), $"# {Secret}\n");
        File.WriteAllText(Path.Combine(Space.Parent, "secret.txt"), Secret);
        File.WriteAllBytes(Path.Combine(Space.Parent, "secret.png"), HostileFiles.TinyPng);
        Space.Write("README.md", $"""
            # Accueil

            {SafeText}.

            [Remonter](../secret.md) et ![remonter](../secret.png) et ![absolu](/etc/passwd) et ![lien](.gitbook/assets/lien.png)

            ![sûre](.gitbook/assets/sure.png)

            ![svg](.gitbook/assets/hostile.svg) ![xxe](.gitbook/assets/xxe.svg)

            ![bombe](.gitbook/assets/bombe.png)

            {"{%"} include "../secret.md" {"%}"}

            {"{%"} include ".gitbook/includes/a.md" {"%}"}
            """)
            .Write("SUMMARY.md", "# Table of contents\n\n* [Accueil](README.md)\n* [Lien](lien.md)\n* [Dossier](dossier/page.md)\n")
            .Write(".gitbook/includes/a.md", "Inclus A.\n\n{% include \"b.md\" %}\n")
            .Write(".gitbook/includes/b.md", "Inclus B.\n\n{% include \"a.md\" %}\n")
            .WriteBytes(".gitbook/assets/sure.png", HostileFiles.TinyPng)
            .WriteBytes(".gitbook/assets/bombe.png", HostileFiles.PngHeader(50_000, 50_000))
            .WriteBytes(".gitbook/assets/hostile.svg", HostileFiles.Svg("file://" + Path.Combine(Space.Parent, "secret.txt"), url))
            .WriteBytes(".gitbook/assets/xxe.svg", HostileFiles.EntitySvg("file://" + Path.Combine(Space.Parent, "secret.txt")));
        File.CreateSymbolicLink(Path.Combine(Space.Folder, ".gitbook/assets/lien.png"), Path.Combine(Space.Parent, "secret.png"));
        File.CreateSymbolicLink(Path.Combine(Space.Folder, "lien.md"), Path.Combine(Space.Parent, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(Space.Folder, "dossier"), outside);
    }

    public TempSpace Space { get; }

    /// <summary>Whether anything tried to connect to the URL the SVG points at.</summary>
    public bool WasContacted => trap.WasContacted;

    /// <summary>Whether <paramref name="output"/> holds the secret anywhere (zip entries are searched one by one).</summary>
    public static bool Leaks(byte[] output)
    {
        var secret = Encoding.UTF8.GetBytes(Secret);
        if (output.AsSpan().IndexOf(secret) >= 0)
            return true;
        if (output.Length < 4 || output[0] != (byte)'P' || output[1] != (byte)'K')
            return false;
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(output), System.IO.Compression.ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var entryStream = entry.Open();
            using var copy = new MemoryStream();
            entryStream.CopyTo(copy);
            if (copy.ToArray().AsSpan().IndexOf(secret) >= 0)
                return true;
        }
        return false;
    }

    public void Dispose()
    {
        trap.Dispose();
        Space.Dispose();
    }
}
