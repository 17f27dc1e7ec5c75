#include "bench/loadgen_metrics.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <cstdlib>

namespace relais::bench {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

MetricSample parse_prometheus(std::string_view text) {
  MetricSample sample;
  while (!text.empty()) {
    auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    if (line.empty() || line.front() == '#') continue;
    // The value follows the last space; labels may hold spaces only inside quotes, which the
    // relay never writes.
    auto space = line.rfind(' ');
    if (space == std::string_view::npos || space == 0) continue;
    const std::string value(line.substr(space + 1));
    char* parsed_end = nullptr;
    const double v = std::strtod(value.c_str(), &parsed_end);
    if (parsed_end == value.c_str() || *parsed_end != '\0') continue;
    sample[std::string(line.substr(0, space))] = v;
  }
  return sample;
}

Result<MetricSample> scrape_metrics(uint16_t port, std::chrono::milliseconds timeout) {
  net::io_context ioc(1);
  beast::tcp_stream stream(ioc);
  http::request<http::empty_body> request{http::verb::get, "/metrics", 11};
  request.set(http::field::host, "127.0.0.1:" + std::to_string(port));
  request.set(http::field::connection, "close");
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  beast::error_code failure;
  stream.expires_after(timeout);
  stream.async_connect(tcp::endpoint(net::ip::make_address_v4("127.0.0.1"), port),
                       [&](beast::error_code ec) {
                         if (ec) {
                           failure = ec;
                           return;
                         }
                         http::async_write(stream, request, [&](beast::error_code wec, size_t) {
                           if (wec) {
                             failure = wec;
                             return;
                           }
                           http::async_read(stream, buffer, response,
                                            [&](beast::error_code rec, size_t) { failure = rec; });
                         });
                       });
  ioc.run();
  if (failure)
    return Error{Errc::unavailable,
                 "The relay's metrics could not be read: " + failure.message() + "."};
  if (response.result() != http::status::ok) {
    return Error{Errc::unavailable, "The relay's metrics page answered " +
                                        std::to_string(response.result_int()) + "."};
  }
  return parse_prometheus(response.body());
}

uint16_t free_loopback_port() {
  net::io_context ioc(1);
  tcp::acceptor acceptor(ioc);
  beast::error_code ec;
  acceptor.open(tcp::v4(), ec);
  if (!ec) acceptor.bind(tcp::endpoint(net::ip::make_address_v4("127.0.0.1"), 0), ec);
  if (ec) return 0;
  return acceptor.local_endpoint(ec).port();
}

double metric_delta(const MetricSample& before, const MetricSample& after,
                    const std::string& name) {
  auto a = before.find(name);
  auto b = after.find(name);
  if (a == before.end() || b == after.end()) return 0;
  return b->second - a->second;
}

}  // namespace relais::bench
