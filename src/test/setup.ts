import '@testing-library/jest-dom/vitest';
// The features' URL parameters, as the app registers them before reading a URL.
import '../app/views';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
