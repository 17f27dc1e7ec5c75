#include "server/net/control.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/local/stream_protocol.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>
#include <filesystem>
#include <istream>

namespace relais::server {

namespace net = boost::asio;

std::string control_socket_path(const std::string& data_dir) {
  return (std::filesystem::path(data_dir) / "control.sock").string();
}

Status request_backup(const std::string& data_dir, const std::string& dest) {
  net::io_context ioc;
  net::local::stream_protocol::socket socket(ioc);
  boost::system::error_code ec;
  socket.connect(net::local::stream_protocol::endpoint(control_socket_path(data_dir)), ec);
  if (ec) return Error{Errc::unavailable, "No relay is serving this data folder."};
  std::string absolute = std::filesystem::absolute(dest).string();
  net::write(socket, net::buffer("backup " + absolute + "\n"), ec);
  net::streambuf reply;
  if (!ec) net::read_until(socket, reply, '\n', ec);
  if (ec) return Error{Errc::io, "The relay did not answer the backup request: " + ec.message() + "."};
  std::istream in(&reply);
  std::string line;
  std::getline(in, line);
  if (line == "ok") return ok_status();
  return Error{Errc::io, line.rfind("error: ", 0) == 0 ? line.substr(7) : "The relay refused the backup."};
}

}  // namespace relais::server
