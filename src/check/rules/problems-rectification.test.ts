import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './problems-rectification.js';

ruleTester(rule, examples);
