using Itou.Export.Publishing;

namespace Itou.Export.Markdown.Tags;

/// <summary>
/// Finds every <c>{% … %}</c> outside code in one line of a page and splits the line so that each tag
/// stands alone as a placeholder line (the attribute text is kept in a <see cref="GitBookTag"/>, never
/// parsed as Markdown). A tag may run over several lines (a Mermaid diagram's <c>content</c>).
/// </summary>
internal sealed class TagScanner
{
    /// <summary>Most lines one tag may span (a multi-line Mermaid <c>content</c>); beyond, the <c>{%</c> is malformed.</summary>
    private const int MaxTagLines = 200;

    private readonly GitBookParseContext context;
    private readonly List<GitBookTag> tags;
    private readonly IReadOnlyList<string> lines;

    /// <summary>For each line, the first line at or after it holding <c>%}</c> (int.MaxValue when none): keeps unclosed tags linear.</summary>
    private readonly int[] nextCloser;

    public TagScanner(GitBookParseContext context, List<GitBookTag> tags, IReadOnlyList<string> lines)
    {
        this.context = context;
        this.tags = tags;
        this.lines = lines;
        nextCloser = new int[lines.Count + 1];
        nextCloser[lines.Count] = int.MaxValue;
        for (var i = lines.Count - 1; i >= 0; i--)
            nextCloser[i] = lines[i].Contains("%}", StringComparison.Ordinal) ? i : nextCloser[i + 1];
    }

    /// <summary>
    /// Splits line <paramref name="index"/> around its tags and adds the pieces to <paramref name="output"/>
    /// (with their 1-based source lines; the line index is 0-based). Returns how many lines were consumed.
    /// </summary>
    public int Scan(int index, Action<string, int> output)
    {
        var line = lines[index];
        var lineIndex = index;
        var indentation = line[..(line.Length - line.TrimStart().Length)];
        var foundTag = false;
        while (true)
        {
            var start = FindTagStart(line);
            if (start < 0) break;
            var closeLine = line.IndexOf("%}", start + 2, StringComparison.Ordinal) >= 0 ? lineIndex : nextCloser[lineIndex + 1];
            if (closeLine == int.MaxValue || closeLine - lineIndex > MaxTagLines)
            {
                context.Report(DiagnosticCodes.MarkdownMalformedTag, lineIndex + 1, "'{%' without a closing '%}': the marker is dropped, the text kept.");
                line = line[..start] + line[(start + 2)..].Replace("{%", "", StringComparison.Ordinal);
                break;
            }
            if (line[..start].AsSpan().Trim().Length > 0) output(line[..start], lineIndex + 1);
            var inside = new System.Text.StringBuilder();
            var text = line[(start + 2)..];
            for (; lineIndex < closeLine; text = lines[++lineIndex]) inside.Append(text).Append('\n');
            var end = text.IndexOf("%}", StringComparison.Ordinal);
            inside.Append(text, 0, end);
            var tag = CreateTag(inside.ToString(), lineIndex + 1);
            output(indentation + tag.Placeholder, tag.Line);
            foundTag = true;
            line = indentation + text[(end + 2)..];
        }
        if (!foundTag || line.AsSpan().Trim().Length > 0) output(line, lineIndex + 1);
        return lineIndex - index + 1;
    }

    private GitBookTag CreateTag(string inside, int line)
    {
        var (name, attributes) = TagAttributeParser.Parse(inside);
        var isEnd = name.StartsWith("end", StringComparison.Ordinal) && name.Length > 3;
        var tag = new GitBookTag
        {
            Index = tags.Count,
            Name = isEnd ? name[3..] : name,
            IsEnd = isEnd,
            Attributes = attributes,
            Line = line,
        };
        tags.Add(tag);
        return tag;
    }

    /// <summary>Position of the first <c>{%</c> outside a code span, or -1.</summary>
    private static int FindTagStart(string line)
    {
        var first = line.IndexOf("{%", StringComparison.Ordinal);
        if (first < 0) return -1;
        for (var i = 0; i < line.Length - 1; i++)
        {
            if (line[i] == '`')
            {
                var run = 1;
                while (i + run < line.Length && line[i + run] == '`') run++;
                var close = line.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                i = close > 0 ? close + run - 1 : i + run - 1;
                continue;
            }
            if (line[i] == '{' && line[i + 1] == '%') return i;
        }
        return -1;
    }
}
