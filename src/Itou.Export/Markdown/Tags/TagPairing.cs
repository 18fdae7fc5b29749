using Itou.Export.Publishing;

namespace Itou.Export.Markdown.Tags;

/// <summary>
/// Pairs start and end tags over the whole page before Markdig runs, so the block parser only ever sees
/// well-formed nesting: optional-body tags become blocks only when their end tag follows; a missing end
/// tag is reported and the block closes with its parent; an end tag closing nothing is reported and
/// dropped; <c>{% else %}</c> / <c>{% elsif %}</c> close one conditional branch and open the next;
/// blocks nested past the limit are dropped (their content stays, flattened).
/// </summary>
internal static class TagPairing
{
    public static void Pair(IReadOnlyList<GitBookTag> tags, TagRegistry registry, PageStateReporter report, int maxDepth)
    {
        var stack = new List<GitBookTag>();
        var tooDeepReported = false;
        foreach (var tag in tags)
        {
            if (tag.IsEnd)
            {
                CloseWith(tag, stack, registry, report);
            }
            else if (tag.Name is "else" or "elsif")
            {
                OpenBranch(tag, stack, registry, report);
            }
            else if (registry.BodyOf(tag.Name) == TagBody.None)
            {
                tag.Role = TagRole.SelfClosing;
            }
            else
            {
                tag.Role = TagRole.Open;
                if (stack.Count >= maxDepth / 2)
                {
                    tag.Role = TagRole.Dropped;
                    if (!tooDeepReported)
                        report(DiagnosticCodes.LimitNesting, tag.Line, $"GitBook blocks nested deeper than {maxDepth / 2}: the deeper tags are ignored, their content kept.");
                    tooDeepReported = true;
                }
                stack.Add(tag);
            }
        }
        for (var i = stack.Count - 1; i >= 0; i--) Unwind(stack[i], registry, report, "the end of the page");
    }

    private static void CloseWith(GitBookTag end, List<GitBookTag> stack, TagRegistry registry, PageStateReporter report)
    {
        var at = stack.FindLastIndex(t => Family(t.Name) == end.Name);
        if (at < 0)
        {
            end.Role = TagRole.Dropped;
            report(DiagnosticCodes.MarkdownMismatchedTag, end.Line, $"'{{% end{end.Name} %}}' closes nothing that is open: ignored.");
            return;
        }
        for (var i = stack.Count - 1; i > at; i--)
        {
            // Closing the parent closes an unterminated child too: its partner is the parent's end tag.
            if (Unwind(stack[i], registry, report, $"'{{% end{end.Name} %}}' on line {end.Line}")) stack[i].Partner = end.Index;
        }
        var open = stack[at];
        stack.RemoveRange(at, stack.Count - at);
        if (open.Role == TagRole.Dropped) { end.Role = TagRole.Dropped; return; }
        end.Role = TagRole.Close;
        open.Partner = end.Index;
        end.Partner = open.Index;
    }

    private static void OpenBranch(GitBookTag branch, List<GitBookTag> stack, TagRegistry registry, PageStateReporter report)
    {
        var at = stack.FindLastIndex(t => Family(t.Name) == "if");
        if (at < 0)
        {
            branch.Role = TagRole.Dropped;
            report(DiagnosticCodes.MarkdownMismatchedTag, branch.Line, $"'{{% {branch.Name} %}}' outside '{{% if %}}': ignored.");
            return;
        }
        for (var i = stack.Count - 1; i > at; i--)
        {
            if (Unwind(stack[i], registry, report, $"'{{% {branch.Name} %}}' on line {branch.Line}")) stack[i].Partner = branch.Index;
        }
        var previous = stack[at];
        stack.RemoveRange(at, stack.Count - at);
        branch.Role = previous.Role == TagRole.Dropped ? TagRole.Dropped : TagRole.Open;
        if (previous.Role != TagRole.Dropped) previous.Partner = branch.Index;
        stack.Add(branch);
    }

    /// <summary>Settles a tag left open: an optional body becomes self-closing; a required one is reported.
    /// Returns true when it stays an (unterminated) block.</summary>
    private static bool Unwind(GitBookTag tag, TagRegistry registry, PageStateReporter report, string closedBy)
    {
        if (tag.Role != TagRole.Open) return false;
        if (registry.BodyOf(Family(tag.Name)) == TagBody.Optional && tag.Name is not ("else" or "elsif"))
        {
            tag.Role = TagRole.SelfClosing;
            return false;
        }
        report(DiagnosticCodes.MarkdownUnterminatedTag, tag.Line, $"'{{% {tag.Name} %}}' has no end tag: closed at {closedBy}, content kept.");
        return true;
    }

    private static string Family(string name) => name is "else" or "elsif" ? "if" : name;
}

/// <summary>Reports a diagnostic at a source line.</summary>
internal delegate void PageStateReporter(string code, int sourceLine, string message);
