using System.Text.RegularExpressions;
using Itou.Export.Tests.Support;

namespace Itou.Export.Tests.Repository;

/// <summary>
/// The words a document shows that its author did not write ("Contents", "Tab 2", "(p. 24)") come from
/// the labels table (<c>Localization/labels.json</c>), in the document's language, never from a string
/// written in a writer. This scans the writers for text handed to the calls that put words on the page.
/// </summary>
public sealed partial class WriterWordsTests
{
    [Fact]
    public void No_writer_puts_a_word_of_its_own_on_the_page()
    {
        var writers = new[] { "Pdf", "Docx" }.Select(folder => Path.Combine(TestPaths.RepoRoot, "src", "Itou.Export", folder)).ToList();
        var files = writers.SelectMany(folder => Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);

        var found = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match call in TextCall().Matches(lines[i]))
                {
                    // Interpolation holes hold values (a number, a label), and escapes are characters,
                    // not words of the writer's; PDF syntax (a /Name) is for the file, not the reader.
                    var literal = Holes().Replace(call.Groups["text"].Value, "");
                    if (literal.TrimStart().StartsWith('/'))
                        continue;
                    if (Word().IsMatch(literal))
                        found.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}:{i + 1}: {call.Value}");
                }
            }
        }
        Assert.True(found.Count == 0, "Words written in a writer (take them from the labels):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_finds_a_word_written_in_a_writer()
    {
        Assert.Matches(TextCall(), "renderer.WriteText(\"Sommaire\");");
        var call = TextCall().Match("inlines.Append($\"Onglet {n}\", verbatim: true);");
        Assert.Matches(Word(), Holes().Replace(call.Groups["text"].Value, ""));
        Assert.DoesNotMatch(Word(), Holes().Replace(TextCall().Match("renderer.WriteText($\"[{order}]\");").Groups["text"].Value, ""));
        Assert.DoesNotMatch(Word(), Holes().Replace(TextCall().Match("inlines.Append(\"\\u25BE \");").Groups["text"].Value, ""));
    }

    // The calls that put text on the page in either writer.
    [GeneratedRegex("""\b(?:Append|WriteText|TextBlock|Paragraph|AddText|Text)\(\s*\$?@?"(?<text>[^"]*)"[^;]*""")]
    private static partial Regex TextCall();

    [GeneratedRegex(@"\{[^}]*\}|\\u[0-9A-Fa-f]{4}")]
    private static partial Regex Holes();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();
}
