// swift-tools-version: 6.0
import PackageDescription

let strictness: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

// Debian's readline.pc adds only -D_DEFAULT_SOURCE and -D_XOPEN_SOURCE=600, which SwiftPM
// refuses to pass on (a warning on every build); the headers are on the default path there.
// Homebrew's readline is keg-only, so macOS still needs pkg-config to find it.
#if os(Linux)
let readlinePkgConfig: String? = nil
#else
let readlinePkgConfig: String? = "readline"
#endif

let package = Package(
  name: "Rebound",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rebound", targets: ["rebound"]),
    .library(name: "ReboundKit", targets: ["ReboundKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CReadline",
      pkgConfig: readlinePkgConfig,
      providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
    ),
    .target(
      name: "ReboundKit",
      dependencies: [
        "CReadline",
        .product(name: "Yams", package: "Yams"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      resources: [
        .copy("Resources/rubric.yaml"), .copy("Resources/rubric.compiled"), .copy("Resources/scenario-template.yaml"), .copy("Resources/model.bin"),
        .copy("Resources/model.json"),
      ],
      swiftSettings: strictness
    ),
    .executableTarget(
      name: "rebound",
      dependencies: [
        "ReboundKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictness
    ),
    .executableTarget(
      name: "ReboundBench",
      dependencies: ["ReboundKit"],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "ReboundKitTests",
      dependencies: [
        "ReboundKit",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")],
      swiftSettings: strictness
    ),
    .testTarget(
      name: "ReboundCLITests",
      dependencies: ["ReboundKit"],
      swiftSettings: strictness
    ),
  ]
)
