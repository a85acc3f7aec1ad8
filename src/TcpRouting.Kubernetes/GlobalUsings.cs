global using TcpRouting.Model;
global using TcpRouting.Translation;
