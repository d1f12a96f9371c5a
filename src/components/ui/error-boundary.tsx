import { Component, type ReactNode } from 'react';

interface Props {
  /** Rendered instead of the children after an error; `retry` remounts them. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
  /** Changing this key clears the error (e.g. the current view). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Keeps one broken panel from taking the page down. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error): void {
    console.warn('Panel error caught by boundary:', error.message);
  }

  render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
