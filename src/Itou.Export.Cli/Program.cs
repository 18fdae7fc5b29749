Console.WriteLine("itou-export");
