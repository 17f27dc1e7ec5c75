# The Debian package `relais` (run `cpack -G DEB` in a build folder): the relay and the
# terminal client, the systemd unit, the example configuration, the resources directory and
# the operator's documentation. Depends is computed by dpkg-shlibdeps from the binaries.
# The binaries' own install() rules live next to their targets (server/, client-cli/).

# The unit goes where Debian 12's own packages put theirs, whatever the install prefix.
set(RELAIS_SYSTEMD_UNIT_DIR "/lib/systemd/system" CACHE PATH "Where the systemd unit is installed")

install(FILES ${PROJECT_SOURCE_DIR}/deploy/relaisd.service DESTINATION ${RELAIS_SYSTEMD_UNIT_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/deploy/resources-be.json DESTINATION share/relais)
# The example stays out of /etc: the operator copies it to /etc/relais/relaisd.conf, so that
# an upgrade never touches a configuration in use.
install(FILES ${PROJECT_SOURCE_DIR}/deploy/relaisd.conf.example DESTINATION share/doc/relais/examples)
foreach(doc README.md docs/operator.md docs/threat-model.md)
  if(EXISTS ${PROJECT_SOURCE_DIR}/${doc})
    install(FILES ${PROJECT_SOURCE_DIR}/${doc} DESTINATION share/doc/relais)
  endif()
endforeach()

# Maintainer scripts: reload systemd, restart a running relay after an upgrade, stop it on
# removal. A first install starts nothing: the relay needs /etc/relais/relaisd.conf first.
# Purging never deletes /var/lib/relais: the queued messages are the operator's to remove.
set(relais_deb_dir ${PROJECT_BINARY_DIR}/debian)
file(WRITE ${relais_deb_dir}/postinst [=[#!/bin/sh
set -e
if [ "$1" = "configure" ] && [ -d /run/systemd/system ]; then
  systemctl daemon-reload || true
  if [ -n "$2" ]; then
    systemctl try-restart relaisd.service || true
  fi
fi
exit 0
]=])
file(WRITE ${relais_deb_dir}/prerm [=[#!/bin/sh
set -e
if [ "$1" = "remove" ] && [ -d /run/systemd/system ]; then
  systemctl stop relaisd.service || true
  systemctl disable --quiet relaisd.service || true
fi
exit 0
]=])
file(WRITE ${relais_deb_dir}/postrm [=[#!/bin/sh
set -e
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload || true
fi
exit 0
]=])

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME relais)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Relais")
set(CPACK_PACKAGE_CONTACT "Relais maintainers <relais@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "end-to-end encrypted peer-support chat: relay and terminal client")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Relais is an end-to-end encrypted peer-support chat for sex workers in Belgium.\n"
    "relaisd is its relay: a WebSocket server over RocksDB that routes and stores only\n"
    "ciphertext. relais is the terminal client, which speaks the Signal protocol.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${relais_deb_dir}/postinst ${relais_deb_dir}/prerm ${relais_deb_dir}/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
