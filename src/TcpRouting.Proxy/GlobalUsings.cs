global using TcpRouting.Model;
