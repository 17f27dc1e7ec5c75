# Three Debian packages from one build (`cpack -G DEB` in a build folder), one per role:
#   relaisd    the relay, its hardened systemd unit, /etc/relais/relaisd.conf (a conffile),
#              the resources directory, relaisd(8) and the operator's documentation
#   relais     the terminal client and relais(1)
#   relais-qt  the desktop client, its menu entry, icons, AppStream metadata and relais-qt(1)
# Each package's Depends comes from dpkg-shlibdeps over its own binary, so the relay pulls in
# no Qt and the clients no RocksDB. The binaries' install() rules live next to their targets
# (server/, client-cli/, client-qt/) with COMPONENT naming the package; docs/packaging.md
# says how to build and install them.

set(RELAIS_DEBIAN_REVISION 2)  # 0.1.0-1 was one package holding the relay and the CLI
set(RELAIS_RELEASE_DATE "2026-12-04")  # of this version: the manual pages' date
set(RELAIS_MAINTAINER "Relais maintainers <maintainers@relais.invalid>"
    CACHE STRING "The Maintainer field of the Debian packages")
# The unit goes where Debian 12's own packages put theirs, whatever the install prefix.
set(RELAIS_SYSTEMD_UNIT_DIR "/lib/systemd/system" CACHE PATH "Where the systemd unit is installed")

set(relais_deb ${PROJECT_SOURCE_DIR}/deploy/debian)

# --- relaisd ----------------------------------------------------------------------------------
install(FILES ${PROJECT_SOURCE_DIR}/deploy/relaisd.service
        DESTINATION ${RELAIS_SYSTEMD_UNIT_DIR} COMPONENT relaisd)
# The documented defaults, as the configuration the unit reads. A conffile: dpkg keeps the
# operator's edits across upgrades and asks before replacing an edited file.
install(FILES ${PROJECT_SOURCE_DIR}/deploy/relaisd.conf.example
        DESTINATION /etc/relais RENAME relaisd.conf COMPONENT relaisd)
install(FILES ${PROJECT_SOURCE_DIR}/deploy/resources-be.json DESTINATION share/relais COMPONENT relaisd)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/operator.md
              ${PROJECT_SOURCE_DIR}/docs/threat-model.md
        DESTINATION share/doc/relaisd COMPONENT relaisd)

# --- what every package carries: copyright and changelog --------------------------------------
set(relais_packages relaisd:relaisd relais:relais)
if(TARGET relais-qt)
  list(APPEND relais_packages relais-qt:relais_qt)
endif()
set(relais_changelog ${PROJECT_BINARY_DIR}/debian/changelog.Debian.gz)
add_custom_command(OUTPUT ${relais_changelog}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/debian
  COMMAND sh -c "gzip -9n -c \"$0\" >\"$1\"" ${relais_deb}/changelog ${relais_changelog}
  DEPENDS ${relais_deb}/changelog VERBATIM)
add_custom_target(relais_debian_changelog ALL DEPENDS ${relais_changelog})
foreach(entry ${relais_packages})
  string(REPLACE ":" ";" entry ${entry})
  list(GET entry 0 package)
  list(GET entry 1 component)
  install(FILES ${relais_deb}/copyright ${relais_changelog}
          DESTINATION share/doc/${package} COMPONENT ${component})
endforeach()

# --- manual pages, made at build time from each program's own --help --------------------------
# deploy/man/PROGRAM.SECTION.roff adds the description, files and references around it.
function(relais_man_page target section component)
  set(page ${PROJECT_SOURCE_DIR}/deploy/man/${target}.${section}.roff)
  set(out ${PROJECT_BINARY_DIR}/man/${target}.${section}.gz)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
    COMMAND sh ${PROJECT_SOURCE_DIR}/deploy/man/make-man.sh $<TARGET_FILE:${target}> ${section}
            ${PROJECT_VERSION} ${RELAIS_RELEASE_DATE} ${page} ${out}
    DEPENDS ${target} ${page} ${PROJECT_SOURCE_DIR}/deploy/man/help2roff.awk
            ${PROJECT_SOURCE_DIR}/deploy/man/make-man.sh
    COMMENT "Manual page ${target}(${section}) from ${target} --help" VERBATIM)
  add_custom_target(${target}_man ALL DEPENDS ${out})
  install(FILES ${out} DESTINATION share/man/man${section} COMPONENT ${component})
endfunction()
# A sanitizer build runs nothing it does not test, and makes no packages.
if(NOT RELAIS_SANITIZE)
  if(TARGET relaisd)
    relais_man_page(relaisd 8 relaisd)
  endif()
  if(TARGET relais)
    relais_man_page(relais 1 relais)
  endif()
  if(TARGET relais-qt)
    relais_man_page(relais-qt 1 relais_qt)
  endif()
endif()

# --- relaisd's maintainer scripts and conffiles -------------------------------------------------
# CPack takes control files by their names, so each goes into a folder of its package.
foreach(script postinst prerm postrm conffiles)
  configure_file(${relais_deb}/relaisd.${script} ${PROJECT_BINARY_DIR}/debian/relaisd/${script} COPYONLY)
  list(APPEND relaisd_control ${PROJECT_BINARY_DIR}/debian/relaisd/${script})
endforeach()

# --- CPack -------------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL relaisd relais)
if(TARGET relais-qt)
  list(APPEND CPACK_COMPONENTS_ALL relais_qt)
endif()
set(CPACK_PACKAGE_NAME relais)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Relais")
set(CPACK_PACKAGE_CONTACT ${RELAIS_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${RELAIS_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_SOURCE relais)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_RELAISD_PACKAGE_NAME relaisd)
# Brussels time is read from /usr/share/zoneinfo at start: data, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_RELAISD_PACKAGE_DEPENDS tzdata)
# relaisd took /usr/bin/relaisd and the unit over from relais 0.1.0-1.
set(CPACK_DEBIAN_RELAISD_PACKAGE_BREAKS "relais (<< 0.1.0-2)")
set(CPACK_DEBIAN_RELAISD_PACKAGE_REPLACES "relais (<< 0.1.0-2)")
set(CPACK_DEBIAN_RELAISD_PACKAGE_CONTROL_EXTRA ${relaisd_control})
string(CONCAT CPACK_DEBIAN_RELAISD_DESCRIPTION
  "relay of the Relais end-to-end encrypted peer-support chat\n"
  "Relais is an end-to-end encrypted peer-support chat for sex workers in\n"
  "Belgium. relaisd is its relay: a WebSocket server over an embedded RocksDB\n"
  "store that routes and keeps only ciphertext, and logs no account, address or\n"
  "message.\n"
  "\n"
  "This package holds the relay, a hardened systemd unit (a dynamic user, no\n"
  "capabilities), its configuration in /etc/relais and the resources directory\n"
  "of Belgian organisations. Installing it starts nothing: read\n"
  "/usr/share/doc/relaisd/operator.md first.")

set(CPACK_DEBIAN_RELAIS_PACKAGE_NAME relais)
# The clients' descriptions, like relais-qt's menu entry, say what the program does and not who
# uses it: they show on the machine of a person who may not want that read.
string(CONCAT CPACK_DEBIAN_RELAIS_DESCRIPTION
  "terminal client of the Relais end-to-end encrypted chat\n"
  "Relais is an end-to-end encrypted community chat with regional rooms,\n"
  "private conversations and support organisations. relais is its terminal\n"
  "client: one command per action, usable from scripts with JSON output, and an\n"
  "interactive mode. It speaks the Signal protocol and keeps its profile\n"
  "encrypted under a passphrase.")

set(CPACK_DEBIAN_RELAIS_QT_PACKAGE_NAME relais-qt)
# relais 0.1.0-1 also held /usr/bin/relais-qt when it was built with Qt.
set(CPACK_DEBIAN_RELAIS_QT_PACKAGE_BREAKS "relais (<< 0.1.0-2)")
set(CPACK_DEBIAN_RELAIS_QT_PACKAGE_REPLACES "relais (<< 0.1.0-2)")
# Qt's own words (Close, Cancel) in the person's language: .qm data, unseen by dpkg-shlibdeps.
set(CPACK_DEBIAN_RELAIS_QT_PACKAGE_RECOMMENDS qt6-translations-l10n)
string(CONCAT CPACK_DEBIAN_RELAIS_QT_DESCRIPTION
  "desktop client of the Relais end-to-end encrypted chat\n"
  "Relais is an end-to-end encrypted community chat with regional rooms,\n"
  "private conversations and support organisations. relais-qt is its desktop\n"
  "client, in French, Dutch and English. It locks itself after a time without\n"
  "use, hides everything with a quick exit, and has a discreet mode with a\n"
  "neutral window title and icon.")
include(CPack)
