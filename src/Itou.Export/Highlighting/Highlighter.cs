using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace Itou.Export.Highlighting;

/// <summary>
/// One TextMate registry and the grammars it has compiled: turns the lines of a block into tokens.
/// Not thread-safe (grammars compile their rules as lines need them), so <see cref="CodeHighlights"/>
/// gives each thread its own and keeps them for the next export.
/// </summary>
internal sealed class Highlighter
{
    // Longer lines (minified code, data) stay plain: Oniguruma would spend long on what no one reads in print.
    private const int MaxLineLength = 2_000;
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(5);

    private readonly Registry registry = new(GrammarSource.Instance);
    private readonly Dictionary<string, IGrammar?> grammars = new(StringComparer.Ordinal);

    /// <summary>The tokens of each line; plain lines where the grammar is missing or fails.</summary>
    public IReadOnlyList<CodeToken>[] Highlight(string scope, IReadOnlyList<string> lines)
    {
        try
        {
            if (Grammar(scope) is { } grammar)
                return Tokenize(grammar, lines);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A grammar that throws (a regular expression Oniguruma refuses, a native library missing) leaves its code plain.
        }
        return CodeHighlights.Plain(lines);
    }

    private IGrammar? Grammar(string scope)
    {
        if (!grammars.TryGetValue(scope, out var grammar))
            grammars[scope] = grammar = registry.LoadGrammar(scope);
        return grammar;
    }

    private static IReadOnlyList<CodeToken>[] Tokenize(IGrammar grammar, IReadOnlyList<string> lines)
    {
        var result = new IReadOnlyList<CodeToken>[lines.Count];
        IStateStack? state = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.Length > MaxLineLength)
            {
                result[i] = CodeHighlights.PlainLine(line);
                continue;
            }
            var tokenized = grammar.TokenizeLine(line, state, LineTimeLimit);
            state = tokenized.RuleStack;
            result[i] = Runs(line, tokenized.Tokens);
        }
        return result;
    }

    /// <summary>
    /// The line cut where the kind changes: neighbouring tokens of one kind become one run, and blanks
    /// join the run before them (a monospace blank looks the same in any style), so a writer draws few pieces.
    /// </summary>
    private static List<CodeToken> Runs(string line, IToken[] tokens)
    {
        var runs = new List<CodeToken>();
        var (start, kind) = (0, CodeKind.Plain);
        foreach (var token in tokens)
        {
            var from = Math.Min(token.StartIndex, line.Length);
            var to = Math.Min(token.EndIndex, line.Length);
            if (to <= from || (from > 0 && line.AsSpan(from, to - from).IsWhiteSpace()))
                continue;
            var tokenKind = ScopeKinds.KindOf(token.Scopes);
            if (from == 0 || tokenKind == kind)
            {
                kind = from == 0 ? tokenKind : kind;
                continue;
            }
            runs.Add(new CodeToken(line[start..from], kind));
            (start, kind) = (from, tokenKind);
        }
        // What a grammar stopped early on (its time limit) is the last run's too.
        runs.Add(new CodeToken(line[start..], kind));
        return runs;
    }
}
