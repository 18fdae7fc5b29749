using System.Text;
using Itou.Export.Cli;

// Titles carry accents and emoji: write UTF-8 whatever the terminal's default.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await new CliApp(Console.Out, Console.Error).RunAsync(args);
