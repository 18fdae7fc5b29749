using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Repository;

/// <summary>
/// The project's rule that no source file grows over 300 lines: a longer file holds more than one
/// construct and is split where its concerns part.
/// </summary>
public class SourceFileLengthTests
{
    private const int MaxLines = 300;

    [Fact]
    public void No_source_file_is_over_300_lines()
    {
        var sources = SourceFiles().ToList();
        Assert.NotEmpty(sources); // the walk found the sources, so the rule was checked at all

        var tooLong = sources
            .Select(path => (Path: Path.GetRelativePath(TestPaths.RepoRoot, path), Lines: File.ReadLines(path).Count()))
            .Where(file => file.Lines > MaxLines)
            .Select(file => $"{file.Path}: {file.Lines} lines")
            .ToList();

        Assert.True(tooLong.Count == 0, $"Over {MaxLines} lines (split them):\n" + string.Join("\n", tooLong));
    }

    /// <summary>Every .cs file under src/, tests/ and bench/, build output excluded.</summary>
    private static IEnumerable<string> SourceFiles() =>
        new[] { "src", "tests", "bench" }
            .Select(folder => Path.Combine(TestPaths.RepoRoot, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !IsBuildOutput(path))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string path) =>
        Path.GetRelativePath(TestPaths.RepoRoot, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
