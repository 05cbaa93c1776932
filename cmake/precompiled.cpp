// The owner of the precompiled headers (cmake/Samordna.cmake, samordna_precompiled_headers): CMake builds a target's
// precompiled header together with one of its sources, and the libraries and tests reuse it. Holds no code.
