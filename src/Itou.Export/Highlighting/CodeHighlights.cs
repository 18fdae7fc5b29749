using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Highlighting;

/// <summary>
/// The highlighted lines of every code block, decided once for both writers. <see cref="Prepare"/>
/// highlights the fences of an export's pages ahead, on all cores, and reports each unknown language
/// once; <see cref="Of"/> gives a block's lines (from that work, or highlighted then). Results stay
/// with the block's syntax tree, so the PDF's pagination pass, the PDF and the DOCX of one space
/// highlight each block once; highlighters stay with the process, so grammars compile once.
/// </summary>
internal static class CodeHighlights
{
    // A thread's work in Prepare is at least this many blocks: below it, a second thread's grammar compiling costs more than it saves.
    private const int BlocksPerThread = 64;
    private const int MaxThreads = 4;

    private static readonly ConditionalWeakTable<LeafBlock, IReadOnlyList<CodeToken>[]> Done = new();
    private static readonly ConcurrentBag<Highlighter> Idle = [];

    /// <summary>
    /// Highlights every fence of <paramref name="pages"/> not highlighted yet, and reports each unknown
    /// language at its first fence (in document order, so the same pages give the same diagnostics).
    /// </summary>
    public static void Prepare(IEnumerable<(string File, MarkdownDocument Document)> pages, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var todo = new List<(FencedCodeBlock Fence, string Scope)>();
        var seen = new HashSet<FencedCodeBlock>(ReferenceEqualityComparer.Instance);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, document) in pages)
        {
            foreach (var fence in document.Descendants<FencedCodeBlock>())
            {
                if (!seen.Add(fence))
                    continue;
                if (CodeLanguages.ScopeOf(fence.Info) is { } scope)
                {
                    if (!Done.TryGetValue(fence, out _))
                        todo.Add((fence, scope));
                }
                else if (CodeLanguages.IsUnknown(fence.Info) && unknown.Add(CodeLanguages.Normalize(fence.Info)))
                {
                    diagnostics.Report(DiagnosticCodes.CodeLanguageUnknown, file, fence.Line + 1,
                        $"no highlighting for the language \"{fence.Info}\": its code is printed plain (said once per language)", DiagnosticSeverity.Info);
                }
            }
        }
        HighlightAll(todo, cancellationToken);
    }

    /// <summary>The lines of <paramref name="block"/> as tokens: highlighted for a fence of a known language, else plain.</summary>
    public static IReadOnlyList<IReadOnlyList<CodeToken>> Of(LeafBlock block)
    {
        if (block is not FencedCodeBlock fence || CodeLanguages.ScopeOf(fence.Info) is not { } scope)
            return Plain(LinesOf(block));
        return Done.TryGetValue(fence, out var lines) ? lines : Highlight(fence, scope, Rent());
    }

    /// <summary>Lines as plain tokens (a diagram's source, an indented block).</summary>
    public static IReadOnlyList<CodeToken>[] Plain(IReadOnlyList<string> lines) => [.. lines.Select(PlainLine)];

    /// <summary>One line as one plain token (none for an empty line).</summary>
    public static IReadOnlyList<CodeToken> PlainLine(string line) => line.Length == 0 ? [] : [new CodeToken(line, CodeKind.Plain)];

    /// <summary>The source lines of a block; Markdig leaves the array null when there is none (<c>```</c> then <c>```</c>).</summary>
    public static IReadOnlyList<string> LinesOf(LeafBlock block) =>
        block.Lines.Lines is null ? [] : [.. block.Lines.Lines.Take(block.Lines.Count).Select(line => line.Slice.ToString())];

    // Threads take the next block in turn, each with a highlighter of its own.
    private static void HighlightAll(List<(FencedCodeBlock Fence, string Scope)> todo, CancellationToken cancellationToken)
    {
        var threads = Math.Clamp(todo.Count / BlocksPerThread, 1, Math.Min(MaxThreads, Environment.ProcessorCount));
        var next = -1;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, threads, options, _ =>
        {
            var highlighter = Rent();
            try
            {
                for (var i = Interlocked.Increment(ref next); i < todo.Count; i = Interlocked.Increment(ref next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Store(todo[i].Fence, highlighter.Highlight(todo[i].Scope, LinesOf(todo[i].Fence)));
                }
            }
            finally { Idle.Add(highlighter); }
        });
    }

    private static IReadOnlyList<CodeToken>[] Highlight(FencedCodeBlock fence, string scope, Highlighter highlighter)
    {
        try { return Store(fence, highlighter.Highlight(scope, LinesOf(fence))); }
        finally { Idle.Add(highlighter); }
    }

    private static IReadOnlyList<CodeToken>[] Store(FencedCodeBlock fence, IReadOnlyList<CodeToken>[] lines)
    {
        Done.AddOrUpdate(fence, lines);
        return lines;
    }

    private static Highlighter Rent() => Idle.TryTake(out var highlighter) ? highlighter : new Highlighter();
}
