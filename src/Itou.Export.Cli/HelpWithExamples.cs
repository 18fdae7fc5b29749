using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Itou.Export.Cli;

/// <summary>The standard help, followed by examples for the command asked about and the exit codes.</summary>
internal sealed class HelpWithExamples(HelpAction standard, IReadOnlyDictionary<string, string> examples) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = standard.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        if (examples.TryGetValue(parseResult.CommandResult.Command.Name, out var text))
        {
            output.WriteLine("Examples:");
            output.WriteLine(text);
            output.WriteLine();
        }
        output.WriteLine(ExitCodes.Help);
        return code;
    }
}
