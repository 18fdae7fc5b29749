namespace Itou.Export.Tests.Support;

/// <summary>Where the repository, its samples and the shared corpus are, seen from a running test.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding Itou.Export.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The bundled sample space.</summary>
    public static string SampleSpace => Path.Combine(RepoRoot, "samples", "space");

    /// <summary>The bundled sample theme file.</summary>
    public static string SampleTheme => Path.Combine(RepoRoot, "samples", "theme", "theme.json");

    /// <summary>Where the shared corpus would be (it is never copied into the repository).</summary>
    public static string CorpusSpace => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", "itou-gitbook"));

    /// <summary>The corpus path, or skips the running test, saying why, when the corpus is absent (a fresh clone).</summary>
    public static string CorpusOrSkip()
    {
        if (!Directory.Exists(CorpusSpace))
            Assert.Skip($"The shared corpus is not at {CorpusSpace} (fresh clone): corpus tests skipped.");
        return CorpusSpace;
    }

    /// <summary>The folder of every shared corpus (each a space, or holding one; see its README).</summary>
    public static string CorporaFolder => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus"));

    /// <summary>The shared corpus <paramref name="name"/>, or skips the running test, saying why, when it is absent.</summary>
    public static string CorpusOrSkip(string name)
    {
        var folder = Path.Combine(CorporaFolder, name);
        if (!Directory.Exists(folder))
            Assert.Skip($"The shared corpus {name} is not at {folder} (fresh clone): corpus test skipped.");
        return folder;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Itou.Export.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Itou.Export.sln not found above " + AppContext.BaseDirectory);
    }
}
