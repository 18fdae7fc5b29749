namespace Itou.Export.Bench;

/// <summary>Finds the shared corpus beside the repository (never copied into it).</summary>
internal static class CorpusPaths
{
    /// <summary>The itou-gitbook space, or null when the shared folder is absent.</summary>
    public static string? ItouGitBook() => Named("itou-gitbook");

    /// <summary>The corpus space <paramref name="name"/> (a folder of ../shared/corpus), or null when absent.</summary>
    public static string? Named(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Itou.Export.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", name));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }
        return null;
    }
}
